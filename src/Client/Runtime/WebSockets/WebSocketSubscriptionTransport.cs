using System.Globalization;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text.Json;
using KooMessage.Client.Runtime.Serialization;
using KooMessage.Client.Runtime.WebSockets;

namespace KooMessage.Client;

/// <summary>
/// Subscriptions over graphql-transport-ws. All active subscriptions share one socket, opened by
/// the first and closed after the last. After an abnormal close the socket is reopened with
/// exponential back-off and every active subscription is sent again; after
/// <see cref="ReconnectOptions.MaxAttempts"/> failures in a row the subscriptions fail with a
/// <see cref="GraphQLTransportException"/>.
/// </summary>
public sealed class WebSocketSubscriptionTransport : ISubscriptionTransport, IAsyncDisposable, IDisposable
{
    private readonly KooMessageClientOptions _options;
    private readonly Action<ClientWebSocketOptions>? _configureSocket;
    private readonly object _gate = new();
    private readonly Dictionary<string, SubscriptionState> _subscriptions = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _disposed = new();
    private TransportWsConnection? _connection;
    private Task? _loop;
    private long _nextId;

    public WebSocketSubscriptionTransport(KooMessageClientOptions options, Action<ClientWebSocketOptions>? configureSocket = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _configureSocket = configureSocket;
    }

    public async IAsyncEnumerable<OperationResult<TData>> SubscribeAsync<TData>(
        OperationRequest request,
        Func<JsonElement, TData> parseData,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TData : class
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parseData);
        ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
        var body = RequestWriter.Write(request, _options.SendDocumentIds);
        if (body.Files.Count > 0)
        {
            throw new NotSupportedException("Uploads cannot be sent over a WebSocket subscription.");
        }

        var state = new SubscriptionState(Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture), body.Json);
        TransportWsConnection? connection;
        lock (_gate)
        {
            _subscriptions.Add(state.Id, state);
            _loop ??= Task.Run(RunAsync, CancellationToken.None);
            connection = _connection;
            state.SentOn = connection;
        }

        if (connection is not null)
        {
            await connection.TrySendAsync(TransportWsProtocol.Subscribe(state.Id, state.Request), cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await foreach (var message in state.Messages.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (message.Failure is not null)
                {
                    throw message.Failure;
                }

                yield return message.IsErrorList
                    ? new OperationResult<TData>(null, OperationResultParser.ParseErrors(message.Payload))
                    : OperationResultParser.Parse(message.Payload, parseData);
            }
        }
        finally
        {
            await UnsubscribeAsync(state).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        TransportWsConnection? connection;
        Task? loop;
        SubscriptionState[] active;
        lock (_gate)
        {
            connection = _connection;
            loop = _loop;
            active = [.. _subscriptions.Values];
            _subscriptions.Clear();
        }

        foreach (var state in active)
        {
            state.Messages.Writer.TryComplete();
        }

        if (connection is not null)
        {
            await connection.CloseOutputAsync(WebSocketCloseStatus.NormalClosure).ConfigureAwait(false);
        }

        await _disposed.CancelAsync().ConfigureAwait(false);
        if (loop is not null)
        {
            await loop.ConfigureAwait(false);
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task UnsubscribeAsync(SubscriptionState state)
    {
        TransportWsConnection? connection;
        bool last;
        lock (_gate)
        {
            _subscriptions.Remove(state.Id);
            connection = state.SentOn is not null && state.SentOn == _connection && !state.CompletedByServer ? _connection : null;
            last = _subscriptions.Count == 0;
        }

        if (connection is null)
        {
            return;
        }

        await connection.TrySendAsync(TransportWsProtocol.Complete(state.Id), _disposed.Token).ConfigureAwait(false);
        if (last)
        {
            // Idle: close politely; the connection loop sees the close, finds nothing to resubscribe and ends.
            await connection.CloseOutputAsync(WebSocketCloseStatus.NormalClosure).ConfigureAwait(false);
        }
    }

    private async Task RunAsync()
    {
        var endpoint = _options.GetWebSocketEndpoint();
        var failures = 0;
        Exception? lastError = null;
        while (true)
        {
            if (ShouldStop())
            {
                return;
            }

            int? closeStatus = null;
            using (var socket = new ClientWebSocket())
            {
                try
                {
                    closeStatus = await RunConnectionAsync(socket, endpoint, () => failures = 0).ConfigureAwait(false);
                    lastError = null;
                }
                catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
                {
                    ShouldStop();
                    return;
                }
                catch (Exception ex) when (ex is WebSocketException or GraphQLTransportException or JsonException or OperationCanceledException or IOException)
                {
                    lastError = ex;
                    closeStatus = (int?)socket.CloseStatus;
                }
            }

            if (closeStatus is int code && TransportWsProtocol.TerminalCloseCodes.Contains(code))
            {
                FailAll(new GraphQLTransportException($"{endpoint} closed the subscription socket with code {code}; not reconnecting.", lastError, code));
                return;
            }

            if (ShouldStop())
            {
                return;
            }

            failures++;
            if (failures > _options.Reconnect.MaxAttempts)
            {
                FailAll(new GraphQLTransportException($"Could not reconnect to {endpoint} after {_options.Reconnect.MaxAttempts} attempts.", lastError, closeStatus));
                return;
            }

            try
            {
                await Task.Delay(ReconnectBackoff.Delay(failures, _options.Reconnect, Random.Shared), _disposed.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                ShouldStop();
                return;
            }
        }
    }

    /// <summary>Connects, initialises, (re)subscribes and dispatches until the socket closes; returns the close status.</summary>
    private async Task<int?> RunConnectionAsync(ClientWebSocket socket, Uri endpoint, Action acknowledged)
    {
        socket.Options.AddSubProtocol(TransportWsProtocol.SubProtocol);
        if (!string.IsNullOrEmpty(_options.TenantId))
        {
            socket.Options.SetRequestHeader("X-Tenant-Id", _options.TenantId);
        }

        _configureSocket?.Invoke(socket.Options);
        var connection = new TransportWsConnection(socket);
        using (var init = CancellationTokenSource.CreateLinkedTokenSource(_disposed.Token))
        {
            init.CancelAfter(_options.ConnectionInitTimeout);
            try
            {
                await socket.ConnectAsync(endpoint, init.Token).ConfigureAwait(false);
                if (socket.SubProtocol != TransportWsProtocol.SubProtocol)
                {
                    throw new GraphQLTransportException($"{endpoint} did not accept the {TransportWsProtocol.SubProtocol} subprotocol.");
                }

                await connection.SendAsync(TransportWsProtocol.ConnectionInit(_options.ApiKey), init.Token).ConfigureAwait(false);
                while (true)
                {
                    var message = await connection.ReceiveAsync(init.Token).ConfigureAwait(false);
                    if (message is null)
                    {
                        return connection.CloseStatus;
                    }

                    if (message.Type == "connection_ack")
                    {
                        break;
                    }

                    if (message.Type == "ping")
                    {
                        await connection.SendAsync(TransportWsProtocol.Pong(), init.Token).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException ex) when (init.IsCancellationRequested && !_disposed.IsCancellationRequested)
            {
                throw new GraphQLTransportException($"{endpoint} did not acknowledge connection_init within {_options.ConnectionInitTimeout}.", ex);
            }
        }

        acknowledged();
        SubscriptionState[] pending;
        lock (_gate)
        {
            _connection = connection;
            pending = [.. _subscriptions.Values.Where(s => s.SentOn != connection).OrderBy(s => long.Parse(s.Id, CultureInfo.InvariantCulture))];
            foreach (var state in pending)
            {
                state.SentOn = connection;
            }
        }

        using var keepAliveStop = CancellationTokenSource.CreateLinkedTokenSource(_disposed.Token);
        var keepAlive = KeepAliveAsync(connection, keepAliveStop.Token);
        try
        {
            foreach (var state in pending)
            {
                await connection.SendAsync(TransportWsProtocol.Subscribe(state.Id, state.Request), _disposed.Token).ConfigureAwait(false);
            }

            while (true)
            {
                var message = await connection.ReceiveAsync(_disposed.Token).ConfigureAwait(false);
                if (message is null)
                {
                    return connection.CloseStatus;
                }

                await DispatchAsync(connection, message).ConfigureAwait(false);
            }
        }
        finally
        {
            lock (_gate)
            {
                if (_connection == connection)
                {
                    _connection = null;
                }
            }

            await keepAliveStop.CancelAsync().ConfigureAwait(false);
            await keepAlive.ConfigureAwait(false);
        }
    }

    private async Task DispatchAsync(TransportWsConnection connection, TransportWsMessage message)
    {
        switch (message.Type)
        {
            case "ping":
                await connection.TrySendAsync(TransportWsProtocol.Pong(), _disposed.Token).ConfigureAwait(false);
                return;
            case "next" or "error" or "complete" when message.Id is not null:
                SubscriptionState? state;
                lock (_gate)
                {
                    _subscriptions.TryGetValue(message.Id, out state);
                    if (state is not null && message.Type != "next")
                    {
                        // Finished on the server: it must not be sent again after a reconnect.
                        state.CompletedByServer = true;
                        _subscriptions.Remove(message.Id);
                    }
                }

                if (state is null)
                {
                    return;
                }

                if (message.Type != "complete")
                {
                    state.Messages.Writer.TryWrite(new SubscriptionMessage(message.Payload, message.Type == "error", null));
                }

                if (message.Type != "next")
                {
                    state.Messages.Writer.TryComplete();
                }

                return;
        }
    }

    /// <summary>Pings every interval; a socket that received nothing in the interval after a ping is aborted so the loop reconnects.</summary>
    private async Task KeepAliveAsync(TransportWsConnection connection, CancellationToken stop)
    {
        var interval = _options.KeepAliveInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval);
        long? receivedAtPing = null;
        try
        {
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
            {
                if (receivedAtPing == connection.Received)
                {
                    connection.Abort();
                    return;
                }

                receivedAtPing = connection.Received;
                await connection.TrySendAsync(TransportWsProtocol.Ping(), stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended; so does its keep-alive.
        }
    }

    /// <summary>Ends the loop when nothing is subscribed (or the transport is disposed); decided under the lock so a new subscriber starts a new loop.</summary>
    private bool ShouldStop()
    {
        lock (_gate)
        {
            if (_subscriptions.Count > 0 && !_disposed.IsCancellationRequested)
            {
                return false;
            }

            _loop = null;
            return true;
        }
    }

    private void FailAll(Exception failure)
    {
        SubscriptionState[] failed;
        lock (_gate)
        {
            failed = [.. _subscriptions.Values];
            _subscriptions.Clear();
            _loop = null;
        }

        foreach (var state in failed)
        {
            state.Messages.Writer.TryWrite(new SubscriptionMessage(default, false, failure));
            state.Messages.Writer.TryComplete();
        }
    }
}
