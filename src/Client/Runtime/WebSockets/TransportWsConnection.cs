using System.Buffers;
using System.Net.WebSockets;

namespace KooMessage.Client.Runtime.WebSockets;

/// <summary>
/// One open socket: serialized sends (a WebSocket allows one send at a time), whole-message
/// receives, and a count of received messages so keep-alive can tell whether anything (a pong
/// or any other message) arrived since its last ping, without relying on clocks.
/// </summary>
internal sealed class TransportWsConnection(ClientWebSocket socket)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private long _received;

    /// <summary>How many frames arrived so far.</summary>
    public long Received => Interlocked.Read(ref _received);

    public int? CloseStatus => (int?)socket.CloseStatus;

    public async Task SendAsync(byte[] message, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends unless the socket is already gone; used for best-effort messages (complete, pong).</summary>
    public async Task TrySendAsync(byte[] message, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The receive loop notices a dead socket and reconnects; nothing to add here.
        }
    }

    /// <summary>The next message, or null when the peer closed the socket.</summary>
    public async Task<TransportWsMessage?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _received);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await CloseOutputAsync(WebSocketCloseStatus.NormalClosure).ConfigureAwait(false);
                return null;
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return TransportWsMessage.Parse(buffer.WrittenMemory);
            }
        }
    }

    /// <summary>Starts or completes the close handshake, giving up after a second.</summary>
    public async Task CloseOutputAsync(WebSocketCloseStatus status)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync(status, null, timeout.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            socket.Abort();
        }
    }

    public void Abort() => socket.Abort();
}
