using System.Collections.Concurrent;
using System.Text.Json;
using KooMessage.Platform.Features.SendTasks.Gateways;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// A carrier bridge for the Webhook gateway: a real HTTP server on 127.0.0.1 (a free port) that checks each
/// batch's signature and takes it (recording its message ids), or answers every batch with
/// <see cref="FailWith"/> when set. <see cref="Settings"/> points a platform instance at it.
/// </summary>
public sealed class CarrierBridge : IAsyncDisposable
{
    public const string Secret = "bridge-shared-secret";

    private readonly WebApplication _app;
    private volatile int _failWith;

    private CarrierBridge(WebApplication app) => _app = app;

    /// <summary>Message ids of the batches taken, in arrival order.</summary>
    public ConcurrentQueue<string> Received { get; } = new();

    /// <summary>0: batches are taken; otherwise the HTTP status every batch is answered with (e.g. 422 refused, 503 unavailable).</summary>
    public int FailWith
    {
        get => _failWith;
        set => _failWith = value;
    }

    public Uri Url { get; private set; } = null!;

    /// <summary>When set, only this POST (1-based, counted over the bridge's life) answers <see cref="FailWith"/>; the others are taken.</summary>
    public int? FailOnlyPost { get; set; }

    private int _posts;

    public static async Task<CarrierBridge> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var bridge = new CarrierBridge(app);
        app.MapPost("/carrier", async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var body = buffer.ToArray();
            if (!WebhookSignature.Verify(Secret, context.Request.Headers[WebhookSignature.TimestampHeader], context.Request.Headers[WebhookSignature.SignatureHeader],
                    body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)))
                return Results.Unauthorized();
            var post = Interlocked.Increment(ref bridge._posts);
            if (bridge.FailWith != 0 && (bridge.FailOnlyPost is null || bridge.FailOnlyPost == post))
                return Results.StatusCode(bridge.FailWith);
            foreach (var message in JsonDocument.Parse(body).RootElement.GetProperty("messages").EnumerateArray())
                bridge.Received.Enqueue(message.GetProperty("messageId").GetString()!);
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        bridge.Url = new Uri(new Uri(address), "/carrier");
        return bridge;
    }

    /// <summary>An instance's settings that send through this bridge, one attempt per batch (a 503 gives the messages up at once).</summary>
    public Dictionary<string, string?> Settings(IDictionary<string, string?> others) => new(others)
    {
        ["Gateway:Provider"] = "Webhook",
        ["Gateway:WebhookUrl"] = Url.ToString(),
        ["Gateway:WebhookSecret"] = Secret,
        ["Gateway:WebhookMaxAttempts"] = "1",
    };

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
