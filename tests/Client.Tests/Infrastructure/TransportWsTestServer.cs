using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace KooMessage.Client.Tests.Infrastructure;

/// <summary>
/// A minimal graphql-transport-ws server for client tests: it acknowledges connection_init,
/// records what clients send, publishes events to every active subscription on demand and can
/// drop every socket to force a reconnect.
/// </summary>
internal sealed class TransportWsTestServer
{
    private readonly ConcurrentDictionary<int, Connection> _connections = new();
    private int _connectionCount;

    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    /// <summary>When set, connection_init is answered by closing the socket with this code.</summary>
    public int? CloseOnInitWith { get; set; }

    /// <summary>When false, pings get no pong: the server looks dead to a client waiting for one.</summary>
    public bool AnswerPings { get; set; } = true;

    /// <summary>Headers of each WebSocket upgrade request, in connection order.</summary>
    public Channel<IHeaderDictionary> UpgradeHeaders { get; } = Channel.CreateUnbounded<IHeaderDictionary>();

    public Channel<JsonElement> InitPayloads { get; } = Channel.CreateUnbounded<JsonElement>();

    public Channel<(int Connection, string Id, JsonElement Payload)> Subscribes { get; } = Channel.CreateUnbounded<(int, string, JsonElement)>();

    public Channel<(int Connection, string Id)> Completes { get; } = Channel.CreateUnbounded<(int, string)>();

    public Channel<int> Pings { get; } = Channel.CreateUnbounded<int>();

    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        UpgradeHeaders.Writer.TryWrite(new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value)));
        using var socket = await context.WebSockets.AcceptWebSocketAsync("graphql-transport-ws");
        var number = Interlocked.Increment(ref _connectionCount);
        var connection = new Connection(socket, context);
        _connections[number] = connection;
        try
        {
            while (await ReceiveAsync(socket) is { } message)
            {
                var type = message.GetProperty("type").GetString();
                var id = message.TryGetProperty("id", out var idJson) ? idJson.GetString()! : string.Empty;
                switch (type)
                {
                    case "connection_init":
                        InitPayloads.Writer.TryWrite(message.TryGetProperty("payload", out var init) ? init.Clone() : default);
                        if (CloseOnInitWith is int code)
                        {
                            await socket.CloseAsync((WebSocketCloseStatus)code, "refused", CancellationToken.None);
                            return;
                        }

                        await connection.SendAsync("""{"type":"connection_ack"}""");
                        break;
                    case "subscribe":
                        connection.Ids[id] = 0;
                        Subscribes.Writer.TryWrite((number, id, message.GetProperty("payload").Clone()));
                        break;
                    case "complete":
                        connection.Ids.TryRemove(id, out _);
                        Completes.Writer.TryWrite((number, id));
                        break;
                    case "ping":
                        Pings.Writer.TryWrite(number);
                        if (AnswerPings)
                        {
                            await connection.SendAsync("""{"type":"pong"}""");
                        }

                        break;
                }
            }

            if (socket.State == WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // A dropped connection; the test decides whether that was expected.
        }
        finally
        {
            _connections.TryRemove(number, out _);
        }
    }

    /// <summary>Sends a <c>next</c> with this data to every active subscription on every live socket.</summary>
    public async Task PublishAsync(string dataJson)
    {
        foreach (var connection in _connections.Values)
        {
            foreach (var id in connection.Ids.Keys)
            {
                await connection.SendAsync($$$"""{"id":"{{{id}}}","type":"next","payload":{"data":{{{dataJson}}}}}""");
            }
        }
    }

    /// <summary>Ends a subscription from the server side.</summary>
    public async Task CompleteAsync(string id)
    {
        foreach (var connection in _connections.Values.Where(c => c.Ids.TryRemove(id, out _)))
        {
            await connection.SendAsync($$"""{"id":"{{id}}","type":"complete"}""");
        }
    }

    /// <summary>Aborts every socket without a close handshake, as a crashed server or a cut network would.</summary>
    public void DropAll()
    {
        foreach (var connection in _connections.Values)
        {
            connection.Context.Abort();
        }
    }

    private static async Task<JsonElement?> ReceiveAsync(WebSocket socket)
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                using var document = JsonDocument.Parse(buffer.WrittenMemory);
                return document.RootElement.Clone();
            }
        }
    }

    private sealed class Connection(WebSocket socket, HttpContext context)
    {
        private readonly SemaphoreSlim _sendLock = new(1, 1);

        public HttpContext Context { get; } = context;

        public ConcurrentDictionary<string, byte> Ids { get; } = new();

        public async Task SendAsync(string json)
        {
            await _sendLock.WaitAsync();
            try
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
            }
            finally
            {
                _sendLock.Release();
            }
        }
    }
}
