using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KooMessage.Benchmarks;

/// <summary>
/// The baseline: a bare ASP.NET Core WebSocket endpoint on Kestrel that keeps every socket and sends
/// the same bytes to all of them (serialized once) — the least any WebSocket fan-out can cost here.
/// </summary>
public sealed class BaselineBroadcastServer : IFanOutServer
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<WebSocket, byte> _sockets = new();

    private BaselineBroadcastServer(WebApplication app)
    {
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        WebSocketUrl = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/ws");
    }

    public string Name => "raw ASP.NET Core WebSocket broadcast (baseline)";

    public Uri WebSocketUrl { get; }

    public bool SpeaksGraphQLWs => false;

    public int Subscribers => _sockets.Count;

    public static async Task<BaselineBroadcastServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        BaselineBroadcastServer? server = null;
        app.UseWebSockets();
        app.Map("/ws", async context =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            server!._sockets[socket] = 0;
            try
            {
                var buffer = new byte[256];
                while (!(await socket.ReceiveAsync(buffer, context.RequestAborted)).CloseStatus.HasValue)
                {
                }
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
            {
                // The client left.
            }
            finally
            {
                server!._sockets.TryRemove(socket, out _);
            }
        });
        await app.StartAsync();
        server = new BaselineBroadcastServer(app);
        return server;
    }

    public async Task PublishAsync(int sequence)
    {
        var payload = Encoding.UTF8.GetBytes(Payloads.NextMessage(sequence));
        await Task.WhenAll(_sockets.Keys.Select(async socket =>
        {
            try
            {
                await socket.SendAsync(payload, WebSocketMessageType.Text, true, CancellationToken.None);
            }
            catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException)
            {
                // A socket closing meanwhile misses the event; the client reports it as not received.
            }
        }));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
