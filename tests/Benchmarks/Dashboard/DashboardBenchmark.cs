using System.Diagnostics;
using System.Globalization;
using KooMessage.Benchmarks.Load;
using KooMessage.Platform.Features.Dashboard;
using KooMessage.Platform.Data;
using KooMessage.Platform.GraphQL.Relay;
using Microsoft.Data.Sqlite;

namespace KooMessage.Benchmarks.Dashboard;

/// <summary>
/// The live dashboard under a dispatch (issue 17 item 3: 1,000 subscribers during a 100k dispatch on
/// one instance, at most one message a second each): the platform as a child process, warmed up by a
/// small dispatch; a tenant's send task of N recipients through the Sandbox gateway with no subscribers (the baseline), then another
/// tenant's same task while M graphql-transport-ws sockets from this process hold
/// <c>dashboardUpdated(scope: TENANT)</c>. Reported: the dispatch times (task creation to every
/// recipient handed over), messages per subscriber per second, the shortest gap between two messages
/// to one subscriber, and the delivery lag: from the last hand-over's commit (its SubmittedAt) to the
/// message showing today's final sent count, per subscriber.
/// </summary>
public static class DashboardBenchmark
{
    private const string Counter = "tenant.traffic.today.sent";
    private const int ConnectConcurrency = 32;

    /// <summary>
    /// Ticks of slack in the count: the first message of the window may leave its tick late (the tick computes the
    /// overview before it sends), so the window can hold a little less than the n - 1 ticks its messages span.
    /// </summary>
    private const double FirstDeliveryAllowance = 0.5;

    /// <summary>After the dispatch, how long the subscribers get to hear its final count.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(int recipients, int subscribers, TimeSpan timeout)
    {
        await using var server = await PlatformServerProcess.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:RateLimits:Enabled"] = "false",
            // Creating a task of 100,000 numbers (upload, parse, insert) may take longer than a request's default 30 s on a shared machine.
            ["GraphQL:ExecutionTimeout"] = "00:05:00",
            ["Dispatch:PollInterval"] = "00:00:00.050",
            ["Dispatch:BatchSize"] = "1000",
            ["Dispatch:MessagesPerSecondPerTenant"] = "1000000",
            // The subscribers share one key: the per-principal caps (100 by default) are raised to hold them all.
            ["Subscriptions:MaxConnectionsPerPrincipal"] = (subscribers + 10).ToString(CultureInfo.InvariantCulture),
            ["Subscriptions:MaxSubscriptionsPerPrincipal"] = (subscribers + 10).ToString(CultureInfo.InvariantCulture),
        });
        LoadTenant warm, quiet, watched;
        using (var admin = new LoadGraphQLClient(server.BaseAddress, PlatformServerProcess.AdminKey))
        {
            warm = await LoadTenant.CreateAsync(admin, server.BaseAddress, "bench-dash-warm");
            quiet = await LoadTenant.CreateAsync(admin, server.BaseAddress, "bench-dash-quiet");
            watched = await LoadTenant.CreateAsync(admin, server.BaseAddress, "bench-dash-watched");
        }
        var database = SqliteConnectionStrings.ForFolder(server.StoragePath);

        // A small dispatch first, so neither measured one pays for the server's first (JIT, caches).
        await DispatchAsync(server, database, warm, Math.Min(1000, recipients), timeout);
        var baseline = await DispatchAsync(server, database, quiet, recipients, timeout);

        var listeners = Enumerable.Range(0, subscribers).Select(_ => new DashboardSubscriber(Counter)).ToList();
        using (var gate = new SemaphoreSlim(ConnectConcurrency))
        {
            await Task.WhenAll(listeners.Select(async listener =>
            {
                await gate.WaitAsync();
                try
                {
                    await listener.SubscribeAsync(server.BaseAddress, watched.TenantKey);
                }
                finally
                {
                    gate.Release();
                }
            }));
        }
        using var stop = new CancellationTokenSource();
        var listening = listeners.Select(l => l.ListenAsync(stop.Token)).ToList();
        var from = Stopwatch.GetTimestamp();
        var run = await DispatchAsync(server, database, watched, recipients, timeout);
        var settled = DateTime.UtcNow + Settle;
        while (DateTime.UtcNow < settled && listeners.Any(l => l.ReachedAt(run.Sent) is null && l.Error is null))
            await Task.Delay(50);
        var window = Stopwatch.GetElapsedTime(from);
        await stop.CancelAsync();
        await Task.WhenAll(listening);
        await Task.WhenAll(listeners.Select(l => l.CloseAsync()));

        // n messages at most one a tick apart span at least n - 1 ticks: (n - 1) / window is the rate that
        // "at most one a second" bounds (n / window reads 2 messages in a 1.7 s window as 1.2 a second).
        var rates = listeners.Select(l => Math.Max(0, l.Arrivals.Count - 1) / window.TotalSeconds).ToList();
        var overLimit = listeners.Where(l => l.Arrivals.Count - 1 > window / DashboardHub.Interval + FirstDeliveryAllowance).ToList();
        var gaps = listeners.SelectMany(l => l.Arrivals.Zip(l.Arrivals.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a, b).TotalMilliseconds)).ToList();
        var lags = listeners.Select(l => l.ReachedAt(run.Sent)).OfType<DateTime>().Select(at => (at - run.LastHandedOver).TotalMilliseconds).Order().ToList();
        var heard = lags.Count;
        var errors = listeners.Count(l => l.Error is not null);
        var messages = listeners.Sum(l => l.Arrivals.Count);

        string F(double value) => value.ToString("F0", CultureInfo.InvariantCulture);
        MarkdownTable.Print(Console.Out,
            $"dashboard: {subscribers:N0} subscribers on dashboardUpdated(scope: TENANT) during a {recipients:N0}-recipient dispatch (target: ≤ 1 message/s per subscriber)",
            ["run", "dispatch ms", "messages", "max (msgs - 1)/subscriber/s", "min gap ms", "lag p50 ms", "lag p99 ms", "heard the final count"],
            [
                ["dispatch, no subscribers (baseline)", F(baseline.Elapsed.TotalMilliseconds), "-", "-", "-", "-", "-", "-"],
                [$"dispatch, {subscribers:N0} subscribers", F(run.Elapsed.TotalMilliseconds), messages.ToString("N0", CultureInfo.InvariantCulture),
                    rates.Count == 0 ? "-" : rates.Max().ToString("F2", CultureInfo.InvariantCulture), gaps.Count == 0 ? "-" : F(gaps.Min()),
                    heard == 0 ? "-" : F(Percentiles.Of(lags, 0.5)), heard == 0 ? "-" : F(Percentiles.Of(lags, 0.99)), $"{heard:N0} of {subscribers:N0}"],
                ["ratio (subscribers / baseline)", MarkdownTable.Ratio(run.Elapsed.TotalMilliseconds, baseline.Elapsed.TotalMilliseconds), "", "", "", "", "", ""],
            ]);
        // Coalesced means at most one message a second per subscriber: the server sends a subscriber at most one
        // message per tick of its 1 s timer, so n messages need n - 1 ticks between the first and the last. Judged
        // on the count, not on the gaps: a gap is measured here, after the sockets, and two messages a tick apart
        // can arrive together when this process falls behind reading 1,000 sockets.
        // A failure says why: a run started by another program (BenchmarkToolTests) shows only this output.
        var failures = new List<string>();
        if (errors > 0)
            failures.Add($"{errors} subscribers failed, e.g. {listeners.First(l => l.Error is not null).Error}");
        if (heard != subscribers)
            failures.Add($"{subscribers - heard} subscribers never heard the final sent count {run.Sent}");
        if (overLimit.Count > 0)
            failures.Add($"{overLimit.Count} subscribers got more than one message a second, e.g. {overLimit.Max(l => l.Arrivals.Count)} messages in {window.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)} s");
        if (server.HasExited)
            failures.Add("the platform process exited during the run");
        foreach (var failure in failures)
            Console.Error.WriteLine($"dashboard benchmark failed: {failure}");
        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>Creates the tenant's task and waits until every recipient was handed over (or the task ended otherwise).</summary>
    private static async Task<Dispatch> DispatchAsync(PlatformServerProcess server, string database, LoadTenant tenant, int recipients, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var taskId = await tenant.StartSendTaskAsync(server.BaseAddress, recipients);
        if (!GlobalId.TryDecode(taskId, out _, out var id))
            throw new InvalidOperationException($"Not a task ID: {taskId}");
        await using var connection = new SqliteConnection(database);
        await connection.OpenAsync();
        await using var poll = connection.CreateCommand();
        poll.CommandText = """
            SELECT Status, Sent, (SELECT max(SubmittedAt) FROM Recipients WHERE TaskId = $task) FROM SendTasks WHERE Id = $task
            """;
        poll.Parameters.AddWithValue("$task", id.ToString().ToUpperInvariant());
        while (clock.Elapsed < timeout)
        {
            await using (var reader = await poll.ExecuteReaderAsync())
            {
                if (await reader.ReadAsync() && reader.GetString(0) is not ("Scheduled" or "Queued" or "Sending"))
                {
                    var elapsed = clock.Elapsed;
                    var last = reader.IsDBNull(2) ? DateTime.UtcNow
                        : DateTime.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
                    return new Dispatch(elapsed, reader.GetInt32(1), last);
                }
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"The task did not finish dispatching within {timeout}:\n{server.LastLines}");
    }

    private sealed record Dispatch(TimeSpan Elapsed, int Sent, DateTime LastHandedOver);
}
