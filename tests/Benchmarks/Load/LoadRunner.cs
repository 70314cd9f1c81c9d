using System.Diagnostics;
using KooMessage.Benchmarks.Throughput;

namespace KooMessage.Benchmarks.Load;

/// <summary>
/// Starts the platform as a child process on a fresh SQLite database, sets up one tenant per client
/// plus one sending tenant, starts a send task, then runs every client's mix, the subscriptions and a
/// once-a-second memory sampler for the configured time, and reports what it saw. The whole run is
/// bounded by <see cref="LoadOptions.Timeout"/>.
/// </summary>
public sealed class LoadRunner(LoadOptions options)
{
    private const int SetUpConcurrency = 4;
    private const int MaxRecipients = 100_000;

    /// <summary>
    /// The deliberate benchmark settings: every client connects from 127.0.0.1, so the per-address
    /// limit (meant for one client machine) is raised; per-key limits stay at their defaults, since each
    /// client has its own key.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string?> ServerSettings = new Dictionary<string, string?>
    {
        ["GraphQL:RateLimits:RequestsPerAddress"] = "1000000",
    };

    public Task<LoadReport> RunAsync() => RunBoundedAsync().WaitAsync(options.Timeout);

    private async Task<LoadReport> RunBoundedAsync()
    {
        await using var server = await PlatformServerProcess.StartAsync(ServerSettings);
        using var admin = new LoadGraphQLClient(server.BaseAddress, PlatformServerProcess.AdminKey);
        Console.Error.WriteLine($"Platform pid {server.ProcessId} on {server.BaseAddress}; setting up {options.Clients + 1} tenants.");
        var tenants = await CreateTenantsAsync(admin, server.BaseAddress);
        var sender = await LoadTenant.CreateAsync(admin, server.BaseAddress, "load-sender");
        // Enough numbers to keep the dispatcher busy the whole run at its default 1,000 messages/s per tenant.
        var recipients = (int)Math.Min(MaxRecipients, options.Duration.TotalSeconds * 1000);
        var taskId = await sender.StartSendTaskAsync(server.BaseAddress, recipients);

        var recorder = new LoadRecorder();
        var memory = new List<MemorySample>();
        using var stop = new CancellationTokenSource();
        // The sockets subscribe before the mix starts, so the first events the mix causes reach them.
        var subscribed = new List<TaskCompletionSource>();
        var subscriptions = tenants.Take(options.Subscribers).Select(t => (Key: t.TenantKey, Query: LoadDocuments.ReviewStatusChanged, Variables: (object?)null))
            .Append((Key: sender.TenantKey, Query: LoadDocuments.SendTaskProgress, Variables: new { id = taskId }))
            .Select(s =>
            {
                var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                subscribed.Add(done);
                return LoadSubscription.HoldAsync(server.BaseAddress, s.Key, s.Query, s.Variables, recorder, done, stop.Token);
            })
            .ToList();
        await Task.WhenAll(subscribed.Select(s => s.Task));

        // The baseline: the same number of clients on the cheapest endpoint, what the HTTP stack alone allows here.
        var baseline = await ClosedLoop.RunAsync("GET /health/live (baseline)", server.BaseAddress, options.Clients,
            TimeSpan.FromSeconds(Math.Clamp(options.Duration.TotalSeconds / 4, 1, 10)),
            () => new HttpRequestMessage(HttpMethod.Get, "/health/live"), (response, _) => response.IsSuccessStatusCode);

        Console.Error.WriteLine($"Running the mix for {options.Duration.TotalSeconds:0} s.");
        var started = Stopwatch.GetTimestamp();
        var deadline = DateTime.UtcNow + options.Duration;
        var sampler = SampleMemoryAsync(server, memory, started, stop.Token);
        await Task.WhenAll(tenants.Select((t, i) => Task.Run(() => new LoadClient(i, t, server.BaseAddress, recorder).RunAsync(deadline))));
        var elapsed = Stopwatch.GetElapsedTime(started);
        await stop.CancelAsync();
        await Task.WhenAll(subscriptions.Append(sampler));

        var sendTask = await SendTaskOutcomeAsync(server.BaseAddress, sender.TenantKey, taskId, recipients);
        return new LoadReport(options.Clients, options.Subscribers, elapsed, baseline, recorder.Operations(elapsed), recorder.Errors(), recorder.ServerErrors,
            recorder.LockedResponses, server.LockedLines, server.HasExited, memory, sendTask);
    }

    private async Task<List<LoadTenant>> CreateTenantsAsync(LoadGraphQLClient admin, Uri baseAddress)
    {
        var tenants = new LoadTenant[options.Clients];
        using var gate = new SemaphoreSlim(SetUpConcurrency);
        await Task.WhenAll(Enumerable.Range(0, options.Clients).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                tenants[i] = await LoadTenant.CreateAsync(admin, baseAddress, $"load-{i:D3}");
            }
            finally
            {
                gate.Release();
            }
        }));
        return [.. tenants];
    }

    /// <summary>One VmRSS reading at the start and then each second until the run stops (or its time limit passes).</summary>
    private async Task SampleMemoryAsync(PlatformServerProcess server, List<MemorySample> samples, long started, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        var maxSamples = (int)options.Timeout.TotalSeconds + 1;
        for (var i = 0; i < maxSamples && !server.HasExited; i++)
        {
            samples.Add(new MemorySample(Stopwatch.GetElapsedTime(started).TotalSeconds, server.ResidentBytes()));
            try
            {
                await timer.WaitForNextTickAsync(stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task<SendTaskOutcome> SendTaskOutcomeAsync(Uri baseAddress, string key, string taskId, int recipients)
    {
        using var client = new LoadGraphQLClient(baseAddress, key);
        var result = await client.QueryAsync(LoadDocuments.TaskProgress, new { id = taskId });
        if (!result.Ok)
            return new SendTaskOutcome(recipients, 0, 0, result.Error!);
        var task = result.Data.GetProperty("node");
        var progress = task.GetProperty("progress");
        return new SendTaskOutcome(recipients, progress.GetProperty("sent").GetInt32(), progress.GetProperty("delivered").GetInt32(),
            task.GetProperty("status").GetString()!);
    }
}
