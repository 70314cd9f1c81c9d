using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// The platform as a real child process (the built KooMessage.Platform.dll beside the tests), for
/// what an in-process host cannot show: a crash that takes the process down, kill -9, shutdown.
/// Kestrel listens on 127.0.0.1 with a port of its choosing, read from its start-up log.
/// </summary>
public sealed partial class PlatformProcess : IPlatformInstance, IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly bool _ownsStorage;

    private PlatformProcess(Process process, string storagePath, bool ownsStorage)
    {
        _process = process;
        StoragePath = storagePath;
        _ownsStorage = ownsStorage;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public string StoragePath { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process printed so far (stdout and stderr), for assertion messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Starts an instance and waits until it answers /health/ready. Pass <paramref name="storagePath"/> to reuse a database.</summary>
    public static async Task<PlatformProcess> StartAsync(IDictionary<string, string?>? settings = null, string? storagePath = null)
    {
        var ownsStorage = storagePath is null;
        storagePath ??= Path.Combine(Path.GetTempPath(), "koomessage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(storagePath);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = storagePath,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KooMessage.Platform.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Storage__Path"] = storagePath;
        start.Environment["Bootstrap__AdminApiKey"] = PlatformHost.AdminKey;
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var instance = new PlatformProcess(process, storagePath, ownsStorage);
        process.OutputDataReceived += (_, e) => instance.Read(e.Data);
        process.ErrorDataReceived += (_, e) => instance.Read(e.Data);
        process.Exited += (_, _) => instance._listening.TrySetException(
            new InvalidOperationException($"The platform exited with {process.ExitCode} before listening:\n{instance.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            instance.BaseAddress = await instance._listening.Task.WaitAsync(StartTimeout);
            await instance.WaitUntilReadyAsync();
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }
        return instance;
    }

    private void Read(string? line)
    {
        if (line is null)
            return;
        lock (_output)
        {
            // Bounded: a test that provokes a flood of logs must not exhaust the test host's memory.
            if (_output.Length < 4_000_000)
                _output.AppendLine(line);
        }
        if (ListeningLine().Match(line) is { Success: true } match)
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
            if (DateTime.UtcNow >= deadline || HasExited)
                throw new TimeoutException($"The platform did not become ready:\n{Output}");
            await Task.Delay(100);
        }
    }

    public HttpClient CreateClient(string? apiKey = null, TimeSpan? timeout = null)
    {
        // Generous: creating a 100k-recipient task on a busy 2-core machine takes tens of seconds.
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = timeout ?? TimeSpan.FromMinutes(2) };
        if (apiKey is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }

    public GraphQLClient Admin() => new(CreateClient(PlatformHost.AdminKey));

    public GraphQLClient As(string apiKey) => new(CreateClient(apiKey));

    public GraphQLClient Anonymous() => new(CreateClient());

    /// <summary>kill -9: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        if (_ownsStorage)
            PlatformHost.TryDelete(StoragePath);
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
