using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using KooMessage.Platform.Transport.Streaming;

namespace KooMessage.Platform.Transport.ServerSentEvents;

/// <summary>
/// One GraphQL-over-SSE response stream (graphql-sse PROTOCOL.md, distinct connections mode): every
/// result is an <c>event: next</c>, the end is an <c>event: complete</c>, and the client ends a
/// subscription by closing the request. Results go through a bounded outbox drained by one writer,
/// so producers never wait for the network and a client that stops reading is dropped.
/// </summary>
public sealed class GraphQLSseConnection : IStreamingConnection, IObserver<ExecutionResult>
{
    private static readonly byte[] NextPrefix = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    // EventSource fires a listener only for events with a data field, hence the empty one.
    private static readonly byte[] CompleteEvent = "event: complete\ndata: \n\n"u8.ToArray();
    private static readonly byte[] KeepAliveComment = ":\n\n"u8.ToArray();

    private readonly HttpContext _context;
    private readonly StreamingServices _services;
    private readonly ILogger _logger;
    private readonly Channel<ReadOnlyMemory<byte>> _outbox;
    private readonly AuthenticatedSubscriber? _subscriber;
    private readonly Lock _lock = new();
    private bool _ended;

    public GraphQLSseConnection(HttpContext context, AuthenticatedSubscriber? subscriber, StreamingServices services)
    {
        _context = context;
        _subscriber = subscriber;
        _services = services;
        _logger = services.Loggers.CreateLogger<GraphQLSseConnection>();
        _outbox = Channel.CreateBounded<ReadOnlyMemory<byte>>(new BoundedChannelOptions(Math.Max(1, services.Options.Value.MaxPendingMessages))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public AuthenticatedSubscriber Subscriber => _subscriber ?? throw new InvalidOperationException("Anonymous streams are not registered.");

    /// <summary>Streams the operation's results until it completes or the client goes away.</summary>
    public async Task RunAsync(GraphQLRequest request, ParsedOperation operation)
    {
        var response = _context.Response;
        var aborted = _context.RequestAborted;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = $"{GraphQLMediaTypes.EventStream}; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        // Reverse proxies (nginx in the reference deployment) must pass events on as they come.
        response.Headers["X-Accel-Buffering"] = "no";
        // Headers go out now: the client knows the stream is open before the first event.
        await response.Body.FlushAsync(aborted);
        var writing = WriteLoopAsync(aborted);
        using var stopping = _services.Lifetime.ApplicationStopping.Register(Shutdown);

        IDisposable? subscription = null;
        try
        {
            // Validation failures too are reported inside the accepted stream, as a next event (graphql-sse).
            var result = await _services.Executor.ExecuteAsync(request, operation, _context.User, _context.RequestServices, aborted);
            if (result.Streams is { Count: > 0 } streams)
            {
                subscription = streams.Values.First().Subscribe(this);
            }
            else
            {
                SendNext(result);
                End();
            }
            await writing;
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client closed the stream: that is how a subscription ends here.
        }
        finally
        {
            subscription?.Dispose();
            End();
        }
    }

    public void SendKeepAlive() => Enqueue(KeepAliveComment);

    public void Revoke(string reason)
    {
        SendNext(new ExecutionResult { Errors = [new ExecutionError(reason) { Code = StreamingErrorCodes.AccessRevoked }] });
        End();
    }

    public void Shutdown() => End();

    public void OnNext(ExecutionResult value) => SendNext(value);

    public void OnError(Exception error)
    {
        SendNext(new ExecutionResult { Errors = [error as ExecutionError ?? new ExecutionError("The event stream failed.", error)] });
        End();
    }

    public void OnCompleted() => End();

    private void SendNext(ExecutionResult result) => Enqueue(_services.Results.Framed(NextPrefix, result, EventEnd));

    /// <summary>Queues the complete event; nothing is queued after it.</summary>
    private void End()
    {
        lock (_lock)
        {
            if (_ended)
                return;
            if (_outbox.Writer.TryWrite(CompleteEvent))
            {
                _ended = true;
                _outbox.Writer.TryComplete();
                return;
            }
        }
        Overflow();
    }

    private void Enqueue(ReadOnlyMemory<byte> frame)
    {
        lock (_lock)
        {
            if (_ended || _outbox.Writer.TryWrite(frame))
                return;
        }
        Overflow();
    }

    private void Overflow()
    {
        lock (_lock)
        {
            if (_ended)
                return;
            _ended = true;
            _outbox.Writer.TryComplete();
        }
        _logger.LogWarning("Dropping an SSE client that left {Count} events unread", _services.Options.Value.MaxPendingMessages);
        _context.Abort();
    }

    private async Task WriteLoopAsync(CancellationToken aborted)
    {
        try
        {
            await foreach (var frame in _outbox.Reader.ReadAllAsync(aborted))
            {
                await _context.Response.Body.WriteAsync(frame, aborted);
                await _context.Response.Body.FlushAsync(aborted);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The client went away.
        }
    }
}
