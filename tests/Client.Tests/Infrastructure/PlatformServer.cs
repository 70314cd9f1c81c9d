using System.Collections.Concurrent;
using KooMessage.Platform;
using KooMessage.Platform.Events;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KooMessage.Client.Tests.Infrastructure;

/// <summary>
/// The real platform for end-to-end tests of the generated client: the production composition
/// (<see cref="PlatformApplication"/>) on Kestrel at 127.0.0.1, with its own SQLite folder and a
/// known admin key, started the way tests/Platform.Tests starts it. It can stop and start again on
/// the same port and database (a deploy, as clients see it), and it can abort its open WebSockets
/// while it keeps running (a crash of the connection or a cut network): the two ways a test cuts
/// client sockets from the server side, without any hook in the platform itself.
/// </summary>
internal sealed class PlatformServer : IAsyncDisposable
{
    public const string AdminKey = "km_client_tests_admin_key_0123456789abcdef";

    /// <summary>How long a stop waits for open requests (WebSockets included) before aborting them.</summary>
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Open WebSocket requests of the running instance, each with a signal set when its pipeline ends.</summary>
    private readonly ConcurrentDictionary<HttpContext, TaskCompletionSource> _webSockets = new();

    /// <summary>The instance's SQLite file and blobs; kept across restarts, deleted on dispose.</summary>
    private readonly string _storagePath;

    private WebApplication? _app;

    /// <summary>Configuration keys of this instance on top of the defaults (e.g. GraphQL:TrustedDocumentsOnly).</summary>
    private readonly IReadOnlyDictionary<string, string?> _settings;

    private PlatformServer(string storagePath, IReadOnlyDictionary<string, string?> settings)
    {
        _storagePath = storagePath;
        _settings = settings;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public Uri GraphQLEndpoint => new(BaseAddress, "/graphql");

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The platform is stopped.");

    public static async Task<PlatformServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var storagePath = Path.Combine(Path.GetTempPath(), "koomessage-client-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(storagePath);
        var server = new PlatformServer(storagePath, settings ?? new Dictionary<string, string?>());
        await server.StartOnAsync(port: 0);
        return server;
    }

    /// <summary>Stops the instance (closing every connection) and starts a new one on the same port and database.</summary>
    public async Task RestartAsync()
    {
        var port = BaseAddress.Port;
        await StopAsync();
        await StartOnAsync(port);
    }

    /// <summary>Aborts every open WebSocket without a close handshake and waits until the server has finished with each; returns how many there were.</summary>
    public async Task<int> DropWebSocketsAsync()
    {
        var open = _webSockets.ToArray();
        foreach (var (context, _) in open)
        {
            context.Abort();
        }

        await Task.WhenAll(open.Select(o => o.Value.Task)).WaitAsync(TaskTimeouts.Default);
        return open.Length;
    }

    /// <summary>
    /// Waits (bounded) until exactly <paramref name="count"/> subscriptions listen on the event bus
    /// topic: a subscribe message is acted on asynchronously, and an event published before that is
    /// not delivered to it.
    /// </summary>
    public async Task WaitForSubscribersAsync(string topic, int count)
    {
        var bus = Services.GetRequiredService<InMemoryEventBus>();
        using var timeout = new CancellationTokenSource(TaskTimeouts.Default);
        while (bus.SubscriberCount(topic) != count)
        {
            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"'{topic}' has {bus.SubscriberCount(topic)} subscribers after {TaskTimeouts.Default}, expected {count}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10));
        }
    }

    public async Task StopAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            using var timeout = new CancellationTokenSource(ShutdownTimeout * 2);
            await app.StopAsync(timeout.Token);
            await app.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_storagePath, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }

    private async Task StartOnAsync(int port)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Path"] = _storagePath,
            ["Bootstrap:AdminApiKey"] = AdminKey,
            // A loaded CI machine may take longer than the production default of 30 s for one request.
            ["GraphQL:ExecutionTimeout"] = "00:05:00",
        });
        builder.Configuration.AddInMemoryCollection(_settings);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        PlatformApplication.ConfigureServices(builder);
        var app = builder.Build();
        app.Use(TrackWebSocketsAsync);
        PlatformApplication.ConfigurePipeline(app);
        await PlatformApplication.InitializeAsync(app.Services);
        await app.StartAsync();
        _app = app;
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    private async Task TrackWebSocketsAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Headers.Upgrade.Any(v => string.Equals(v, "websocket", StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }

        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _webSockets[context] = ended;
        try
        {
            await next(context);
        }
        finally
        {
            _webSockets.TryRemove(context, out _);
            ended.TrySetResult();
        }
    }
}
