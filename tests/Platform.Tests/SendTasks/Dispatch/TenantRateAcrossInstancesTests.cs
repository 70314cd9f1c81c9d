using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace KooMessage.Platform.Tests.SendTasks;

/// <summary>
/// Dispatch:MessagesPerSecondPerTenant holds for the deployment: two real instances on one PostgreSQL
/// database each send lanes of the same tenant's task, and what they hand over together stays within
/// one tenant's rate, while a second tenant sending at the same time has a rate of its own. Rates are
/// measured from the carrier log's own record times (the Sandbox's CreatedAt), never from the test's
/// clock; the bounds are generous, yet a per-instance limit (twice the rate) fails the first and a
/// shared one the second. The rate is low enough that even a busy machine sends faster than two
/// tenants' limits together, so the limit, not the machine, is what is measured.
/// </summary>
public sealed class TenantRateAcrossInstancesTests(ITestOutputHelper output)
{
    private const int Rate = 20;
    private const int RecipientsPerTask = 500;
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(5);

    /// <summary>Lanes of 100 give both instances lanes of each task; batches of 10 let them take turns in the tenant's bucket.</summary>
    private static Dictionary<string, string?> Settings(string connectionString) => new(SendTaskScenario.FastDispatch)
    {
        ["Database:Provider"] = "Postgres",
        ["Database:ConnectionString"] = connectionString,
        ["Dispatch:BatchSize"] = "10",
        ["Dispatch:LaneSize"] = "100",
        ["Dispatch:MessagesPerSecondPerTenant"] = Rate.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["GraphQL:RateLimits:Enabled"] = "false",
    };

    [Fact]
    public async Task Two_instances_together_send_a_tenant_within_its_rate_and_another_tenant_alongside_at_its_own()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        try
        {
            var settings = Settings(connectionString);
            await using var one = await PlatformProcess.StartAsync(settings);
            await using var two = await PlatformProcess.StartAsync(settings);
            var first = await SendTaskScenario.StartAsync(one, "ratea");
            var second = await SendTaskScenario.StartAsync(one, "rateb");
            var files = await Task.WhenAll(
                first.AsTenant.UploadIdAsync(NumberFile(13_100_000_000L), "numbers.csv", "NUMBER_FILE"),
                second.AsTenant.UploadIdAsync(NumberFile(13_100_500_000L), "numbers.csv", "NUMBER_FILE"));
            var tasks = await Task.WhenAll(first.CreateAsync(first.Input(fileId: files[0])), second.CreateAsync(second.Input(fileId: files[1])));
            await Task.WhenAll(
                first.WaitForAsync(tasks[0], t => SendTaskScenario.Progress(t, "sent") == RecipientsPerTask, Generous),
                second.WaitForAsync(tasks[1], t => SendTaskScenario.Progress(t, "sent") == RecipientsPerTask, Generous));

            var a = await RecordTimesAsync(connectionString, TaskGuid(tasks[0]));
            var b = await RecordTimesAsync(connectionString, TaskGuid(tasks[1]));
            Assert.Equal(RecipientsPerTask, a.Count);
            Assert.Equal(RecipientsPerTask, b.Count);
            var spanA = (a[^1].At - a[0].At).TotalSeconds;
            output.WriteLine($"tenant A: {a.Count} messages in {spanA:F1} s ({a.Count / spanA:F0}/s), by instance {Describe(a)}; "
                + $"tenant B: {b.Count} in {(b[^1].At - b[0].At).TotalSeconds:F1} s, by instance {Describe(b)}");

            // Both instances sent the tenant's messages, so the bound below is about their sum.
            Assert.All(new[] { one, two }, p => Assert.Contains(a, m => m.Instance.Contains($":{p.ProcessId}:", StringComparison.Ordinal)));
            // One bucket: at most a second's burst plus the rate over the span (a per-instance limit allows twice that).
            Assert.True(a.Count <= Allowance(spanA) * 1.25, $"Tenant A got {a.Count} messages out in {spanA:F1} s, more than {Rate}/s allows.");

            // Tenant B, sent at the same time, had its own bucket: in the time both were sending, the two
            // together went out faster than one tenant's rate would allow.
            var from = a[0].At > b[0].At ? a[0].At : b[0].At;
            var to = a[^1].At < b[^1].At ? a[^1].At : b[^1].At;
            var overlap = (to - from).TotalSeconds;
            Assert.True(overlap >= 5, $"The two tenants' tasks overlapped only {overlap:F1} s: nothing to compare.");
            var together = a.Count(m => m.At >= from && m.At <= to) + b.Count(m => m.At >= from && m.At <= to);
            output.WriteLine($"both sending for {overlap:F1} s: {together} messages ({together / overlap:F0}/s)");
            Assert.True(together > Allowance(overlap) * 1.25, $"The two tenants together sent {together} messages in {overlap:F1} s: one tenant's rate, shared.");
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    /// <summary>The most one tenant's bucket lets out over <paramref name="seconds"/>: a full bucket (a second's worth) plus the refill.</summary>
    private static double Allowance(double seconds) => Rate * (seconds + 1);

    private static byte[] NumberFile(long firstNumber)
        => TestFiles.Csv(string.Join('\n', Enumerable.Range(0, RecipientsPerTask).Select(i => $"{firstNumber + i},R{i}")));

    private static Guid TaskGuid(string globalId)
    {
        Assert.True(GlobalId.TryDecode(globalId, "SendTask", out var id));
        return id;
    }

    private sealed record Record(DateTime At, string Instance);

    /// <summary>When the carrier recorded each of the task's messages, and from which instance, in time order.</summary>
    private static async Task<List<Record>> RecordTimesAsync(string connectionString, Guid taskId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "CreatedAt", "Instance" FROM "SandboxMessages" WHERE "TaskId" = @task ORDER BY "CreatedAt" """, connection);
        command.Parameters.AddWithValue("task", taskId);
        await using var reader = await command.ExecuteReaderAsync();
        var records = new List<Record>();
        while (await reader.ReadAsync())
            records.Add(new Record(reader.GetDateTime(0), reader.GetString(1)));
        return records;
    }

    private static string Describe(List<Record> records)
        => string.Join(", ", records.GroupBy(r => r.Instance).Select(g => $"{g.Key.Split(':')[^2]}: {g.Count()}"));
}
