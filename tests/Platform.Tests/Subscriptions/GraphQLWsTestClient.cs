using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Subscriptions;

/// <summary>
/// A raw graphql-transport-ws client over <see cref="ClientWebSocket"/>: sends exactly what a test
/// says (valid or not) and reads messages and close events, every wait bounded.
/// </summary>
public sealed class GraphQLWsTestClient : IAsyncDisposable
{
    public const string SubProtocol = "graphql-transport-ws";
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private readonly ClientWebSocket _socket;

    private GraphQLWsTestClient(ClientWebSocket socket) => _socket = socket;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseReason => _socket.CloseStatusDescription;

    public string? SubProtocolAccepted => _socket.SubProtocol;

    public static async Task<GraphQLWsTestClient> ConnectAsync(IPlatformInstance host, string? subProtocol = SubProtocol, Action<ClientWebSocketOptions>? configure = null)
    {
        var socket = new ClientWebSocket();
        if (subProtocol is not null)
            socket.Options.AddSubProtocol(subProtocol);
        configure?.Invoke(socket.Options);
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        await socket.ConnectAsync(new Uri($"ws://{host.BaseAddress.Authority}/graphql"), timeout.Token);
        return new GraphQLWsTestClient(socket);
    }

    /// <summary>Connects, sends connection_init with <paramref name="payload"/> and expects connection_ack.</summary>
    public static async Task<GraphQLWsTestClient> InitAsync(IPlatformInstance host, object? payload)
    {
        var client = await ConnectAsync(host);
        await client.SendAsync(new { type = "connection_init", payload });
        await client.ExpectAsync("connection_ack");
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public async Task SendTextAsync(string text)
    {
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    public async Task SendBinaryAsync(byte[] data)
    {
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        await _socket.SendAsync(data, WebSocketMessageType.Binary, true, timeout.Token);
    }

    public Task SubscribeAsync(string id, string query, object? variables = null)
        => SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>
    /// The next message other than the server's keep-alive pings (answered with a pong, as every
    /// graphql-transport-ws client does); fails when the socket closes instead or nothing comes in time.
    /// </summary>
    public Task<JsonElement> ReceiveAsync(TimeSpan? timeout = null) => ReceiveAsync(timeout, surfacePings: false);

    /// <summary>
    /// The next message, which must be of <paramref name="type"/> (and for <paramref name="id"/>).
    /// Keep-alive pings are skipped unless a ping is what the test expects.
    /// </summary>
    public async Task<JsonElement> ExpectAsync(string type, string? id = null, TimeSpan? timeout = null)
    {
        var message = await ReceiveAsync(timeout, surfacePings: type == "ping");
        Assert.True(message.GetProperty("type").GetString() == type, $"Expected '{type}', got {message}");
        if (id is not null)
            Assert.Equal(id, message.GetProperty("id").GetString());
        return message;
    }

    /// <summary>Expects the server to close the socket with <paramref name="code"/>; returns the reason.</summary>
    public async Task<string> ExpectCloseAsync(int code, TimeSpan? timeout = null)
    {
        var message = await ReceiveOrCloseAsync(timeout ?? DefaultTimeout, surfacePings: false);
        Assert.True(message is null, $"Expected close {code}, got the message {message}");
        Assert.Equal(code, (int?)CloseStatus);
        return CloseReason ?? "";
    }

    /// <summary>
    /// Expects the server to close the socket with <paramref name="code"/> after at most
    /// <paramref name="maxMessages"/> messages it was still sending (e.g. subscription events); returns the reason.
    /// </summary>
    public async Task<string> ExpectCloseAfterMessagesAsync(int code, int maxMessages, TimeSpan? timeout = null)
    {
        for (var i = 0; i <= maxMessages; i++)
        {
            if (await ReceiveOrCloseAsync(timeout ?? DefaultTimeout, surfacePings: false) is null)
            {
                Assert.Equal(code, (int?)CloseStatus);
                return CloseReason ?? "";
            }
        }
        throw new Xunit.Sdk.XunitException($"The socket was not closed after {maxMessages} messages.");
    }

    /// <summary>
    /// Sends a ping and expects the pong as the very next message: whatever the server sent before
    /// answering would arrive first, so this proves nothing else was sent until then.
    /// </summary>
    public async Task PingAsync()
    {
        await SendAsync(new { type = "ping" });
        await ExpectAsync("pong");
    }

    private async Task<JsonElement> ReceiveAsync(TimeSpan? timeout, bool surfacePings)
    {
        var message = await ReceiveOrCloseAsync(timeout ?? DefaultTimeout, surfacePings);
        return message ?? throw new Xunit.Sdk.XunitException($"The socket closed with {(int?)CloseStatus} '{CloseReason}' instead of sending a message.");
    }

    /// <summary>
    /// The next message within <paramref name="timeout"/>, or null when the socket closed. The server
    /// pings idle sockets every 15 s, which on a slow run falls between any two messages a test awaits.
    /// </summary>
    private async Task<JsonElement?> ReceiveOrCloseAsync(TimeSpan timeout, bool surfacePings)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            var message = await ReceiveFrameOrCloseAsync(cancel.Token);
            if (surfacePings || message is not { } received || received.GetProperty("type").GetString() != "ping")
                return message;
            await SendAsync(new { type = "pong" });
        }
    }

    private async Task<JsonElement?> ReceiveFrameOrCloseAsync(CancellationToken cancel)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancel);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    try
                    {
                        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    }
                    catch (WebSocketException)
                    {
                        // The server is already gone (e.g. its process exited right after closing): the close it sent is what counts.
                    }
                }
                return null;
            }
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
                return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The server is gone or slow to answer: the socket is disposed either way.
            }
        }
        _socket.Dispose();
    }
}
