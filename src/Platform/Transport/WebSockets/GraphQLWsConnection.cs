using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using KooMessage.Platform.Transport.Streaming;

namespace KooMessage.Platform.Transport.WebSockets;

/// <summary>
/// One graphql-transport-ws socket (graphql-ws PROTOCOL.md): the connection_init handshake and its
/// timeout, ping/pong, and operations multiplexed by id. Every operation runs in a fresh DI scope
/// signed in as the connection's subscriber. One loop receives, one loop sends (a WebSocket allows
/// one of each at a time): everything outgoing goes through a bounded outbox, so producers never
/// wait for the network and a client that stops reading cannot grow the server's memory.
/// </summary>
public sealed class GraphQLWsConnection : IStreamingConnection
{
    public const string SubProtocol = "graphql-transport-ws";

    /// <summary>How long the peer gets to answer our close frame (or to finish one we answer) before the socket is aborted.</summary>
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    private const int InitialReceiveBuffer = 4 * 1024;

    /// <summary>Close reasons are limited to 123 UTF-8 bytes by RFC 6455.</summary>
    private const int MaxCloseReasonBytes = 123;

    private readonly WebSocket _socket;
    private readonly HttpRequest _upgradeRequest;
    private readonly StreamingServices _services;
    private readonly SubscriptionOptions _options;
    private readonly ILogger _logger;
    private readonly Channel<ReadOnlyMemory<byte>> _outbox;
    /// <summary>The running operations by id; locked on itself (a concurrent dictionary costs every idle socket more).</summary>
    private readonly Dictionary<string, Operation> _operations = new(1, StringComparer.Ordinal);
    private readonly CancellationTokenSource _lifetime = new();
    private readonly CancellationTokenSource _receiving = new();
    private readonly Lock _closeLock = new();
    private (WebSocketCloseStatus Code, string Reason)? _close;
    private int _initReceived;
    private AuthenticatedSubscriber? _subscriber;
    private IDisposable? _registration;

    public GraphQLWsConnection(WebSocket socket, HttpRequest upgradeRequest, StreamingServices services)
    {
        _socket = socket;
        _upgradeRequest = upgradeRequest;
        _services = services;
        _options = services.Options.Value;
        _logger = services.Loggers.CreateLogger<GraphQLWsConnection>();
        _outbox = Channel.CreateBounded<ReadOnlyMemory<byte>>(new BoundedChannelOptions(Math.Max(1, _options.MaxPendingMessages))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public AuthenticatedSubscriber Subscriber => _subscriber ?? throw new InvalidOperationException("The connection is not initialised.");

    /// <summary>Serves the socket until it closes; never throws for anything the client does.</summary>
    public async Task RunAsync()
    {
        var sending = SendLoopAsync();
        _ = CloseUnlessInitialisedAsync();
        using var stopping = _services.Lifetime.ApplicationStopping.Register(Shutdown);
        try
        {
            await ReceiveLoopAsync();
        }
        finally
        {
            Close(WebSocketCloseStatus.NormalClosure, "");
            foreach (var operation in RunningOperations())
                operation.Cancel();
            _registration?.Dispose();
            if (await Task.WhenAny(sending, Task.Delay(CloseHandshakeTimeout)) != sending)
                _socket.Abort();
            await _lifetime.CancelAsync();
            await sending;
            _lifetime.Dispose();
            _receiving.Dispose();
        }
    }

    /// <summary>Closes the socket with a graphql-transport-ws close event; the first close wins.</summary>
    private void Close(WebSocketCloseStatus code, string reason)
    {
        lock (_closeLock)
        {
            if (_close is not null)
                return;
            _close = (code, TruncateUtf8(reason, MaxCloseReasonBytes));
        }
        _outbox.Writer.TryComplete();
        foreach (var operation in RunningOperations())
            operation.Cancel();
        _receiving.CancelAfter(CloseHandshakeTimeout);
    }

    public void SendKeepAlive() => Send(new OperationMessage { Type = GraphQLWsMessageType.Ping });

    public void Revoke(string reason) => Close(GraphQLWsCloseCode.Forbidden, $"Forbidden: {reason}");

    public void Shutdown() => Close(GraphQLWsCloseCode.GoingAway, "Server shutting down");

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(_options.ConnectionInitTimeout, _lifetime.Token);
            if (Volatile.Read(ref _initReceived) == 0)
                Close(GraphQLWsCloseCode.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
        catch (OperationCanceledException)
        {
            // The connection ended first.
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var token = _receiving.Token;
        try
        {
            while (true)
            {
                // Wait for the next frame without holding a buffer: an idle socket costs no receive memory.
                await _socket.ReceiveAsync(Memory<byte>.Empty, token);
                var buffer = ArrayPool<byte>.Shared.Rent(InitialReceiveBuffer);
                try
                {
                    var length = 0;
                    ValueWebSocketReceiveResult result;
                    do
                    {
                        if (length == buffer.Length)
                        {
                            var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, _options.MaxMessageBytes + 1));
                            buffer.AsSpan(0, length).CopyTo(larger);
                            ArrayPool<byte>.Shared.Return(buffer);
                            buffer = larger;
                        }
                        // Past the limit the rest of the message is read into the same space and dropped.
                        var tooLarge = length > _options.MaxMessageBytes;
                        result = await _socket.ReceiveAsync(tooLarge ? buffer.AsMemory() : buffer.AsMemory(length), token);
                        if (!tooLarge)
                            length += result.Count;
                        if (!tooLarge && length > _options.MaxMessageBytes)
                            Close(GraphQLWsCloseCode.BadRequest, $"Message too large: the limit is {_options.MaxMessageBytes} bytes");
                    }
                    while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        // Answer the peer's close (the send loop sends our close frame), then stop reading.
                        Close(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, "");
                        return;
                    }
                    if (_close is not null)
                        continue; // Closing: read on only to receive the peer's close frame.
                    if (result.MessageType == WebSocketMessageType.Binary)
                        Close(GraphQLWsCloseCode.BadRequest, "Invalid message: binary frames are not supported");
                    else
                        await HandleAsync(buffer.AsMemory(0, length));
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // The peer went away, or did not finish the close handshake in time.
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            if (!GraphQLWsMessage.TryParse(utf8, out var message, out var error))
            {
                Close(GraphQLWsCloseCode.BadRequest, error);
                return;
            }
            switch (message.Type)
            {
                case GraphQLWsMessageType.ConnectionInit:
                    if (Interlocked.Exchange(ref _initReceived, 1) != 0)
                        Close(GraphQLWsCloseCode.TooManyInitialisationRequests, "Too many initialisation requests");
                    else
                        await InitialiseAsync(message.Payload);
                    break;
                case GraphQLWsMessageType.Ping:
                    Send(new OperationMessage { Type = GraphQLWsMessageType.Pong });
                    break;
                case GraphQLWsMessageType.Pong:
                    break; // An answer to our keep-alive, or an unsolicited heartbeat: nothing to do.
                case GraphQLWsMessageType.Subscribe:
                    Subscribe(message.Id!, message.Payload!.Value);
                    break;
                case GraphQLWsMessageType.Complete:
                    // Unknown ids are ignored: the operation may have completed on our side meanwhile.
                    if (RemoveOperation(message.Id!, expected: null) is { } operation)
                        operation.Cancel();
                    break;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "The graphql-transport-ws connection failed");
            Close(GraphQLWsCloseCode.InternalServerError, "Internal server error");
        }
    }

    private async Task InitialiseAsync(JsonElement? payload)
    {
        var credentials = StreamCredentials.FromRequest(_upgradeRequest).WithInitPayload(payload);
        if (credentials is null)
        {
            Close(GraphQLWsCloseCode.BadRequest, "Invalid message: 'apiKey', 'authorization' and 'tenantId' must be strings");
            return;
        }
        var authentication = await _services.Authenticator.AuthenticateAsync(credentials, _lifetime.Token);
        if (authentication.Subscriber is not { } subscriber)
        {
            Close(GraphQLWsCloseCode.Forbidden, $"Forbidden: {authentication.Message}");
            return;
        }
        _subscriber = subscriber;
        _registration = _services.Registry.TryRegister(this);
        if (_registration is null)
        {
            Close(GraphQLWsCloseCode.Forbidden, $"Forbidden: more than {_options.MaxConnectionsPerPrincipal} connections for this principal");
            return;
        }
        Send(new OperationMessage { Type = GraphQLWsMessageType.ConnectionAck });
    }

    private void Subscribe(string id, JsonElement payload)
    {
        if (_registration is null)
        {
            Close(GraphQLWsCloseCode.Unauthorized, "Unauthorized");
            return;
        }
        bool exists;
        int running;
        lock (_operations)
        {
            exists = _operations.ContainsKey(id);
            running = _operations.Count;
        }
        if (exists)
        {
            Close(GraphQLWsCloseCode.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }
        if (running >= _options.MaxSubscriptionsPerConnection)
        {
            SendErrors(id, [new ExecutionError($"At most {_options.MaxSubscriptionsPerConnection} operations may be active on one connection; complete one first.")
            {
                Code = StreamingErrorCodes.SubscriptionLimitExceeded,
            }]);
            return;
        }
        GraphQLRequest request;
        try
        {
            request = _services.Serializer.ReadNode<GraphQLRequest>(payload)!;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            Close(GraphQLWsCloseCode.BadRequest, "Invalid message: the 'subscribe' payload is not a GraphQL request");
            return;
        }
        if (_services.Registry.TryStartOperation(Subscriber.PrincipalKey) is not { } slot)
        {
            SendErrors(id, [new ExecutionError($"At most {_options.MaxSubscriptionsPerPrincipal} operations may be active per principal over all its connections; complete one first.")
            {
                Code = StreamingErrorCodes.SubscriptionLimitExceeded,
            }]);
            return;
        }
        var operation = new Operation(this, id, slot);
        lock (_operations)
            _operations[id] = operation;
        _ = RunAsync(operation, StartAsync(operation, request));
    }

    /// <summary>Runs one operation; a subscription lives on until its stream ends or the operation is cancelled.</summary>
    private async Task RunAsync(Operation operation, Task<bool> starting)
    {
        try
        {
            if (await starting)
                await operation.Finished;
        }
        catch (OperationCanceledException) when (operation.Token.IsCancellationRequested)
        {
            // Completed by the client, or the connection closed: nothing more is sent for it.
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Operation {OperationId} failed outside GraphQL execution", operation.Id);
            Close(GraphQLWsCloseCode.InternalServerError, "Internal server error");
        }
        finally
        {
            TryEnd(operation);
        }
    }

    /// <summary>
    /// Executes the operation in a scope of its own; true when it is a subscription whose stream is now
    /// attached. Nothing of the execution (scope, request, result) outlives this method: every event
    /// resolves in a scope of its own (<see cref="SubscriberScopedExecutionStrategy"/>), so an idle
    /// subscription costs only its operation and its place in the stream.
    /// </summary>
    private async Task<bool> StartAsync(Operation operation, GraphQLRequest request)
    {
        await using var scope = _services.Scopes.CreateAsyncScope();
        var subscriber = Subscriber;
        subscriber.Identity.SignIn(scope.ServiceProvider);
        var (resolved, persistedError) = await _services.PersistedOperations.ResolveAsync(request, operation.Token);
        if (persistedError is not null)
        {
            if (TryEnd(operation))
                SendErrors(operation.Id, [persistedError]);
            return false;
        }
        var result = await _services.Executor.ExecuteAsync(resolved, _services.Executor.Parse(resolved.Query, resolved.OperationName),
            subscriber.Identity.Principal, scope.ServiceProvider, operation.Token);

        if (!result.Executed)
        {
            // Refused before execution (syntax, validation, authorization): the protocol's error message.
            if (TryEnd(operation))
                SendErrors(operation.Id, result.Errors ?? []);
            return false;
        }
        if (result.Streams is { Count: > 0 } streams)
        {
            // One root field per subscription (validated): its stream carries every result.
            operation.Attach(streams.Values.First().Subscribe(operation));
            return true;
        }
        if (TryEnd(operation))
        {
            Send(new OperationMessage { Id = operation.Id, Type = GraphQLWsMessageType.Next, Payload = result });
            Send(new OperationMessage { Id = operation.Id, Type = GraphQLWsMessageType.Complete });
        }
        return false;
    }

    /// <summary>Ends an operation from the server side; false when it had already ended (completed by the client).</summary>
    private bool TryEnd(Operation operation)
    {
        // Forgotten before its last message is queued, so the client may reuse the id as soon as it sees that message.
        var removed = RemoveOperation(operation.Id, operation) is not null;
        operation.Cancel();
        return removed;
    }

    /// <summary>Removes the operation with <paramref name="id"/> (only if it is <paramref name="expected"/>, when given).</summary>
    private Operation? RemoveOperation(string id, Operation? expected)
    {
        lock (_operations)
        {
            if (!_operations.TryGetValue(id, out var current) || (expected is not null && current != expected))
                return null;
            _operations.Remove(id);
            return current;
        }
    }

    private Operation[] RunningOperations()
    {
        lock (_operations)
            return [.. _operations.Values];
    }

    /// <summary>
    /// A result as a next message: the result's JSON comes from <see cref="SerializedResults"/>, so a
    /// result shared by many subscribers is serialised once and only framed per subscriber.
    /// </summary>
    private void SendNext(ReadOnlySpan<byte> head, ExecutionResult result) => Enqueue(_services.Results.Framed(head, result, "}"u8));

    private void SendErrors(string id, IEnumerable<ExecutionError> errors)
        => Send(new OperationMessage { Id = id, Type = GraphQLWsMessageType.Error, Payload = errors.ToArray() });

    private void Send(OperationMessage message) => Enqueue(Encoding.UTF8.GetBytes(_services.Serializer.Serialize(message)));

    private void Enqueue(byte[] utf8)
    {
        if (_outbox.Writer.TryWrite(utf8) || _close is not null)
            return;
        // The outbox is full: the client stopped reading. Its socket is likely blocked, so no close frame
        // could get through either: drop the connection.
        _logger.LogWarning("Dropping a graphql-transport-ws client that left {Count} messages unread", _options.MaxPendingMessages);
        Close(GraphQLWsCloseCode.TooManyPendingMessages, "Too many undelivered messages");
        _socket.Abort();
    }

    private async Task SendLoopAsync()
    {
        try
        {
            await foreach (var utf8 in _outbox.Reader.ReadAllAsync())
            {
                // Once closing, what is still queued is dropped: protocol errors close at once.
                if (_close is null)
                    await _socket.SendAsync(utf8, WebSocketMessageType.Text, endOfMessage: true, _lifetime.Token);
            }
            if (_close is { } close && _socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(CloseHandshakeTimeout);
                await _socket.CloseOutputAsync(close.Code, close.Reason, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // The peer went away; the receive loop notices too.
        }
    }

    private static string TruncateUtf8(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
            return text;
        var length = text.Length;
        while (length > 0 && Encoding.UTF8.GetByteCount(text.AsSpan(0, length)) > maxBytes - 3)
            length--;
        if (length > 0 && char.IsHighSurrogate(text[length - 1]))
            length--;
        return string.Concat(text.AsSpan(0, length), "...");
    }

    /// <summary>
    /// One operation on the socket: its cancellation (client complete, connection end), the stream
    /// subscription of a subscription, and the observer that forwards the stream's results.
    /// </summary>
    /// <param name="slot">The principal's operation slot, released when the operation ends however it ends.</param>
    private sealed class Operation(GraphQLWsConnection connection, string id, IDisposable slot) : IObserver<ExecutionResult>
    {
        private readonly CancellationTokenSource _cancellation = new();
        private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private IDisposable? _subscription;
        private byte[]? _nextHead;

        public string Id => id;

        public CancellationToken Token => _cancellation.Token;

        public Task Finished => _finished.Task;

        public void Attach(IDisposable subscription)
        {
            Interlocked.Exchange(ref _subscription, subscription);
            // Ended while subscribing (or by a result delivered during Subscribe): let go at once.
            if (_finished.Task.IsCompleted)
                Interlocked.Exchange(ref _subscription, null)?.Dispose();
        }

        public void Cancel()
        {
            if (!_finished.TrySetResult())
                return;
            slot.Dispose();
            _cancellation.Cancel();
            Interlocked.Exchange(ref _subscription, null)?.Dispose();
        }

        public void OnNext(ExecutionResult value)
        {
            if (!_finished.Task.IsCompleted)
                connection.SendNext(_nextHead ??= NextHead(id), value);
        }

        /// <summary>What precedes the payload in every next message of this operation (the serializer's property order).</summary>
        private static byte[] NextHead(string id)
        {
            var buffer = new ArrayBufferWriter<byte>(32 + id.Length);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("type", GraphQLWsMessageType.Next);
                writer.WriteString("id", id);
                writer.WritePropertyName("payload");
                // Closes the object so the writer accepts it; the placeholder value and the brace are cut off.
                writer.WriteNullValue();
                writer.WriteEndObject();
            }
            return buffer.WrittenSpan[..^"null}".Length].ToArray();
        }

        public void OnError(Exception error)
        {
            if (connection.TryEnd(this))
                connection.SendErrors(id, [error as ExecutionError ?? new ExecutionError("The event stream failed.", error)]);
        }

        public void OnCompleted()
        {
            if (connection.TryEnd(this))
                connection.Send(new OperationMessage { Id = id, Type = GraphQLWsMessageType.Complete });
        }
    }
}
