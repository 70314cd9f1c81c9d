using System.Net.Http.Headers;
using KooMessage.Platform.Tenancy.ApiKeys;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// A real platform instance for tests: the production composition on Kestrel bound to 127.0.0.1
/// (random port), with its own SQLite file in a temporary folder and a known admin key.
/// </summary>
public sealed class PlatformHost : IPlatformInstance, IAsyncDisposable
{
    public const string AdminKey = "km_test_platform_admin_key_0123456789abcdef";

    /// <summary>
    /// The per-request limit test instances run with: a loaded CI machine may take longer than the
    /// production default of 30 s for one request; tests of the timeout itself set their own.
    /// </summary>
    public const string LoadedMachineExecutionTimeout = "00:05:00";

    /// <summary>For tests that count SQL statements: no dispatcher, receipt, expiry or callback polling runs beside the request.</summary>
    public static readonly IDictionary<string, string?> WithoutBackgroundWork = new Dictionary<string, string?> { ["Dispatch:Enabled"] = "false", ["Callbacks:Enabled"] = "false" };

    private readonly WebApplication _app;
    private readonly bool _ownsStorage;

    private PlatformHost(WebApplication app, string storagePath, bool ownsStorage)
    {
        _app = app;
        StoragePath = storagePath;
        _ownsStorage = ownsStorage;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    public Uri BaseAddress { get; }

    public Uri GraphQLEndpoint => new(BaseAddress, "/graphql");

    public string StoragePath { get; }

    /// <summary>Where this instance spools multipart file parts: its own folder, so a test can see that it ends up empty.</summary>
    public string SpoolPath => SpoolPathOf(StoragePath);

    /// <summary>The files of the blob store (Storage:Path/blobs).</summary>
    public int BlobCount()
    {
        var folder = Path.Combine(StoragePath, "blobs");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length : 0;
    }

    public string[] SpoolFiles() => Directory.Exists(SpoolPath) ? Directory.GetFiles(SpoolPath) : [];

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts an instance. Pass <paramref name="storagePath"/> to share a database with another instance.</summary>
    public static async Task<PlatformHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        string? storagePath = null)
    {
        var ownsStorage = storagePath is null;
        storagePath ??= Path.Combine(Path.GetTempPath(), "koomessage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(storagePath);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var configuration = new Dictionary<string, string?>
        {
            ["Storage:Path"] = storagePath,
            ["Files:SpoolPath"] = SpoolPathOf(storagePath),
            ["Bootstrap:AdminApiKey"] = AdminKey,
            ["GraphQL:ExecutionTimeout"] = LoadedMachineExecutionTimeout,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            configuration[key] = value;
        builder.Configuration.AddInMemoryCollection(configuration);

        PlatformApplication.ConfigureServices(builder);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        PlatformApplication.ConfigurePipeline(app);
        await PlatformApplication.InitializeAsync(app.Services);
        await app.StartAsync();
        return new PlatformHost(app, storagePath, ownsStorage);
    }

    /// <summary>An HTTP client for this instance; with a key, it authenticates as that key.</summary>
    public HttpClient CreateClient(string? apiKey = null, string? tenantHeader = null)
    {
        // Generous: on a loaded 2-core machine one request can wait long for a core; a hang still ends the test.
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        if (apiKey is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        if (tenantHeader is not null)
            client.DefaultRequestHeaders.Add("X-Tenant-Id", tenantHeader);
        return client;
    }

    public GraphQLClient Admin(string? tenantHeader = null) => new(CreateClient(AdminKey, tenantHeader));

    public GraphQLClient As(string apiKey, string? tenantHeader = null) => new(CreateClient(apiKey, tenantHeader));

    GraphQLClient IPlatformInstance.Admin() => Admin();

    GraphQLClient IPlatformInstance.As(string apiKey) => As(apiKey);

    public GraphQLClient Anonymous() => new(CreateClient());

    /// <summary>Creates a tenant and a key for it; returns the tenant's global ID and the key's secret.</summary>
    public Task<TestTenant> CreateTenantAsync(string slug, string role = "TENANT_ADMIN") => TestTenant.CreateAsync(Admin(), slug, role);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownsStorage)
            TryDelete(StoragePath);
    }

    public static void TryDelete(string path)
    {
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }

    private static string SpoolPathOf(string storagePath) => Path.Combine(storagePath, "spool");

    public static string SecretPrefixOf(string secret) => ApiKeySecrets.DisplayPrefix(secret);
}
