using System.Net.Http.Headers;
using KooMessage.Benchmarks.Load;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// The platform as a real child process, for what an in-process host cannot show: a crash that takes
/// the process down, kill -9, memory as the operating system sees it. The process itself is the load
/// benchmark's <see cref="PlatformServerProcess"/> in the Testing environment with the tests' admin
/// key; this adds the clients tests use.
/// </summary>
public sealed class PlatformProcess : IPlatformInstance, IAsyncDisposable
{
    private readonly PlatformServerProcess _server;

    private PlatformProcess(PlatformServerProcess server) => _server = server;

    public Uri BaseAddress => _server.BaseAddress;

    public string StoragePath => _server.StoragePath;

    public int ProcessId => _server.ProcessId;

    public bool HasExited => _server.HasExited;

    /// <summary>The last lines the process printed (stdout and stderr), for assertion messages.</summary>
    public string Output => _server.LastLines;

    /// <summary>
    /// Starts an instance and waits until it answers /health/ready. Pass <paramref name="storagePath"/> to reuse a database,
    /// <paramref name="onLine"/> to see every line it prints.
    /// </summary>
    public static async Task<PlatformProcess> StartAsync(IDictionary<string, string?>? settings = null, string? storagePath = null, Action<string>? onLine = null)
        => new(await PlatformServerProcess.StartAsync(settings ?? new Dictionary<string, string?>(), PlatformHost.AdminKey, storagePath, "Testing", onLine));

    /// <summary>VmRSS: what the operating system charges the process, managed heap and all.</summary>
    public long ResidentBytes() => _server.ResidentBytes();

    public HttpClient CreateClient(string? apiKey = null, TimeSpan? timeout = null)
    {
        // Generous: creating a 100k-recipient task on a busy 2-core machine took over 2 minutes at load average 60.
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = timeout ?? TimeSpan.FromMinutes(6) };
        if (apiKey is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }

    public GraphQLClient Admin() => new(CreateClient(PlatformHost.AdminKey));

    public GraphQLClient As(string apiKey) => new(CreateClient(apiKey));

    public GraphQLClient Anonymous() => new(CreateClient());

    /// <summary>kill -9: no shutdown code runs.</summary>
    public Task KillAsync() => _server.KillAsync();

    /// <summary>SIGTERM, then the exit code and how long the process took to exit on its own.</summary>
    public Task<(int ExitCode, TimeSpan Took)> TerminateAsync(TimeSpan timeout) => _server.TerminateAsync(timeout);

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
