using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace KooMessage.Benchmarks.Load;

/// <summary>
/// The built platform (KooMessage.Platform.dll beside the caller) as a child process on 127.0.0.1
/// with a port of its choosing and its own storage folder (or a given one, to restart on the same
/// database), so the caller's threads and memory are not counted as the server's. The load benchmark
/// and the tests that need a real process (crash, kill -9, memory) both start it here. Its output is
/// scanned line by line for "database is locked"; the last lines are kept for reports and assertions.
/// </summary>
public sealed partial class PlatformServerProcess : IAsyncDisposable
{
    public const string AdminKey = "km_benchmark_load_admin_key_0123456789abcdef";
    public const string LockedMessage = "database is locked";

    private const int KeptLines = 200;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private readonly Process _process;
    private readonly bool _ownsStorage;
    private readonly Queue<string> _lastLines = new();
    private readonly Action<string>? _onLine;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _lockedLines;

    private PlatformServerProcess(Process process, string storagePath, bool ownsStorage, Action<string>? onLine)
    {
        _onLine = onLine;
        _process = process;
        StoragePath = storagePath;
        _ownsStorage = ownsStorage;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The instance's Storage:Path (SQLite file and blobs).</summary>
    public string StoragePath { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Lines the server printed that contain "database is locked" (SQLITE_BUSY that reached a log).</summary>
    public int LockedLines => Volatile.Read(ref _lockedLines);

    public string LastLines
    {
        get
        {
            lock (_lastLines)
                return string.Join('\n', _lastLines);
        }
    }

    /// <summary>
    /// Starts an instance with <paramref name="settings"/> (configuration keys) and waits until
    /// /health/ready answers. With <paramref name="storagePath"/> it runs on that folder (and leaves it
    /// in place); otherwise on a new temporary folder it deletes when disposed. <paramref name="onLine"/>
    /// sees every line the process prints, from the first. <paramref name="command"/> is the assembly
    /// and arguments to run instead of the platform's (a benchmark host that builds the platform the same way).
    /// </summary>
    public static async Task<PlatformServerProcess> StartAsync(IEnumerable<KeyValuePair<string, string?>> settings,
        string adminKey = AdminKey, string? storagePath = null, string environment = "Benchmark", Action<string>? onLine = null,
        IReadOnlyList<string>? command = null)
    {
        var ownsStorage = storagePath is null;
        storagePath ??= Path.Combine(Path.GetTempPath(), "koomessage-processes", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(storagePath);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = storagePath,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        command ??= ["KooMessage.Platform.dll"];
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, command[0]));
        foreach (var argument in command.Skip(1))
            start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["DOTNET_ENVIRONMENT"] = environment;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["Storage__Path"] = storagePath;
        start.Environment["Bootstrap__AdminApiKey"] = adminKey;
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var server = new PlatformServerProcess(process, storagePath, ownsStorage, onLine);
        process.OutputDataReceived += (_, e) => server.Read(e.Data);
        process.ErrorDataReceived += (_, e) => server.Read(e.Data);
        process.Exited += (_, _) => server._listening.TrySetException(
            new InvalidOperationException($"The platform exited with {process.ExitCode} before listening:\n{server.LastLines}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            server.BaseAddress = await server._listening.Task.WaitAsync(StartTimeout);
            await server.WaitUntilReadyAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    /// <summary>VmRSS from /proc: what the operating system charges the server, managed heap and all.</summary>
    public long ResidentBytes() => ResidentBytesOf(_process.Id);

    /// <summary>VmRSS of any process (this one too, for a baseline in the benchmark's own process).</summary>
    public static long ResidentBytesOf(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    private void Read(string? line)
    {
        if (line is null)
            return;
        _onLine?.Invoke(line);
        if (line.Contains(LockedMessage, StringComparison.OrdinalIgnoreCase))
            Interlocked.Increment(ref _lockedLines);
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > KeptLines)
                _lastLines.Dequeue();
        }
        if (ListeningLine().Match(line) is { Success: true } match)
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
    }

    private async Task WaitUntilReadyAsync()
    {
        // A fresh process on a loaded machine can take long over its first answer (JIT, migrations): retried, not failed.
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
            {
                // Not accepting yet: try again until the deadline.
            }
            if (DateTime.UtcNow >= deadline || HasExited)
                throw new TimeoutException($"The platform did not become ready:\n{LastLines}");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// SIGTERM, as an orchestrator stops a container, and waits for the process to exit on its own.
    /// </summary>
    /// <returns>The exit code, and how long the exit took after the signal.</returns>
    public async Task<(int ExitCode, TimeSpan Took)> TerminateAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        if (SendSignal(_process.Id, SigTerm) != 0)
            throw new InvalidOperationException($"kill({_process.Id}, SIGTERM) failed with errno {Marshal.GetLastPInvokeError()}.");
        using var deadline = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(deadline.Token);
        return (_process.ExitCode, clock.Elapsed);
    }

    private const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

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
        if (!_ownsStorage)
            return;
        try
        {
            Directory.Delete(StoragePath, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
