using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace KooMessage.Benchmarks.Load;

/// <summary>
/// One graphql-transport-ws socket holding one subscription for the whole run, as a live dashboard
/// does: "subscribe" is recorded from connect to connection_ack, every <c>next</c> as a
/// "subscriptionEvent", and an <c>error</c> message or a close by the server as a failure with its
/// code. The server's pings are answered.
/// </summary>
public static class LoadSubscription
{
    public const string Subscribe = "subscribe";
    public const string Event = "subscriptionEvent";

    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Holds the subscription until <paramref name="stop"/>; returns once the socket is closed.
    /// <paramref name="subscribed"/> completes once the subscribe message is sent (or the attempt failed).
    /// </summary>
    public static async Task HoldAsync(Uri baseAddress, string apiKey, string query, object? variables, LoadRecorder recorder,
        TaskCompletionSource subscribed, CancellationToken stop)
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        var url = new UriBuilder(baseAddress) { Scheme = "ws", Path = "/graphql" }.Uri;
        var started = Stopwatch.GetTimestamp();
        try
        {
            using (var connect = CancellationTokenSource.CreateLinkedTokenSource(stop))
            {
                connect.CancelAfter(ConnectTimeout);
                await socket.ConnectAsync(url, connect.Token);
                await SendAsync(socket, new { type = "connection_init", payload = new { apiKey } }, connect.Token);
                var ack = await ReceiveAsync(socket, connect.Token);
                if (ack is null || Type(ack.Value) != "connection_ack")
                {
                    recorder.Failed(Subscribe, $"ws close {(int?)socket.CloseStatus} before connection_ack");
                    return;
                }
                recorder.Succeeded(Subscribe, Stopwatch.GetElapsedTime(started));
                await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query, variables } }, connect.Token);
                subscribed.TrySetResult();
            }
            while (await ReceiveAsync(socket, stop) is { } message)
            {
                switch (Type(message))
                {
                    case "next":
                        recorder.Occurred(Event);
                        break;
                    case "ping":
                        await SendAsync(socket, new { type = "pong" }, stop);
                        break;
                    case "error":
                        recorder.Failed(Event, "ws error " + message.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
                        return;
                    case "complete":
                        return;
                }
            }
            recorder.Failed(Event, $"ws close {(int?)socket.CloseStatus}");
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over.
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            recorder.Failed(Subscribe, "exception " + ex.GetType().Name);
        }
        finally
        {
            subscribed.TrySetResult();
            if (socket.State == WebSocketState.Open)
            {
                using var close = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", close.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    public static string? Type(JsonElement message) => message.TryGetProperty("type", out var type) ? type.GetString() : null;

    public static Task SendAsync(ClientWebSocket socket, object message, CancellationToken cancellationToken)
        => socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, cancellationToken);

    /// <summary>The next whole text message, or null when the server closed the socket.</summary>
    public static async Task<JsonElement?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
                return JsonDocument.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length)).RootElement.Clone();
        }
    }
}
