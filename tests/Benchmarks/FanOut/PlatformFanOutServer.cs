using KooMessage.Platform;
using KooMessage.Platform.Events;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tenancy;
using KooMessage.Platform.Transport.Streaming;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KooMessage.Benchmarks;

/// <summary>
/// The platform as deployed (same composition, SQLite in a temporary folder, in-memory bus): each
/// subscriber is a graphql-transport-ws socket subscribed to reviewStatusChanged with the same
/// operation and key, so each event is resolved and serialised once and framed per socket.
/// </summary>
public sealed class PlatformFanOutServer : IFanOutServer
{
    public const string AdminKey = "km_benchmark_platform_admin_key_0123456789";

    private readonly WebApplication _app;
    private readonly string _storage;
    private readonly SharedEventStreams _shared;
    private readonly IEventBus _bus;

    private PlatformFanOutServer(WebApplication app, string storage)
    {
        _app = app;
        _storage = storage;
        _shared = app.Services.GetRequiredService<SharedEventStreams>();
        _bus = app.Services.GetRequiredService<IEventBus>();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        WebSocketUrl = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/graphql");
    }

    public string Name => "platform (graphql-transport-ws, reviewStatusChanged)";

    public Uri WebSocketUrl { get; }

    public bool SpeaksGraphQLWs => true;

    /// <summary>Subscribers attached to reviewStatusChanged's shared stream (the bus itself has one subscriber per distinct operation).</summary>
    public int Subscribers => _shared.ListenerCount;

    public static async Task<PlatformFanOutServer> StartAsync(int subscribers)
    {
        var storage = Path.Combine(Path.GetTempPath(), "koomessage-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(storage);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Path"] = storage,
            ["Bootstrap:AdminApiKey"] = AdminKey,
            // One principal holds every subscriber; timers that would add traffic during the measurement are off.
            ["Subscriptions:MaxConnectionsPerPrincipal"] = (subscribers + 100).ToString(),
            ["Subscriptions:MaxSubscriptionsPerPrincipal"] = (subscribers + 100).ToString(),
            ["Subscriptions:KeepAliveInterval"] = "00:00:00",
            ["Subscriptions:RevalidationInterval"] = "00:00:00",
            ["Subscriptions:ConnectionInitTimeout"] = "00:02:00",
        });
        PlatformApplication.ConfigureServices(builder);
        var app = builder.Build();
        PlatformApplication.ConfigurePipeline(app);
        await PlatformApplication.InitializeAsync(app.Services);
        await app.StartAsync();
        return new PlatformFanOutServer(app, storage);
    }

    public async Task PublishAsync(int sequence)
        => await _bus.PublishAsync(ReviewStatusChanged.Topic, new ReviewStatusChanged(
            Guid.NewGuid(), Guid.NewGuid(), "SmsTemplate", null, ReviewStatus.Pending, ReviewStatus.Approved,
            "benchmark reviewer", Role.PlatformReviewer, $"benchmark {sequence}", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_storage, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
