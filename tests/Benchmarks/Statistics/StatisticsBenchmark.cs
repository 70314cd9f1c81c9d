using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KooMessage.Benchmarks.Load;
using KooMessage.Benchmarks.Seeding;
using KooMessage.Platform.Data;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;
using Microsoft.Data.Sqlite;

namespace KooMessage.Benchmarks.Statistics;

/// <summary>
/// Statistics at scale (issue 17 item 1: kept fast by rollups, not by scanning recipients): one tenant's
/// tasks with N recipient rows over 30 days and the rollup rows the platform's writers would have left
/// for them, bulk-inserted into the SQLite file; then <c>messageStatistics(DAY, groupBy: [TASK])</c>
/// over GraphQL on the platform as a child process against the baseline, the brute-force recount of
/// the same numbers with a GROUP BY over the Recipients table in raw SQL on the same file. Both answers
/// must agree. The statements the query ran are counted from the child's EF Core command log.
/// </summary>
public static class StatisticsBenchmark
{
    public const string Document = """
        query($input: MessageStatisticsInput!) { messageStatistics(input: $input) { start taskId submitted sent delivered failed } }
        """;

    private const int Days = 30;
    private const int SlotsPerDay = 96;
    private const string Zone = "Asia/Shanghai";
    private const string ZoneOffset = "+8 hours";
    private static readonly DateTimeOffset From = new(2026, 10, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private const string Recount = $"""
        SELECT TaskId, Day, sum(Submitted), sum(Sent), sum(Delivered), sum(Failed) FROM (
            SELECT TaskId, date(SubmittedAt, '{ZoneOffset}') AS Day, 0 AS Submitted, 1 AS Sent, State = 'Delivered' AS Delivered, State = 'Failed' AS Failed
            FROM Recipients WHERE TenantId = $tenant AND SubmittedAt >= $from AND SubmittedAt < $to
            UNION ALL
            SELECT r.TaskId, date(t.CreatedAt, '{ZoneOffset}'), 1, 0, 0, 0
            FROM Recipients AS r JOIN SendTasks AS t ON t.Id = r.TaskId
            WHERE r.TenantId = $tenant AND t.CreatedAt >= $from AND t.CreatedAt < $to)
        GROUP BY TaskId, Day
        """;

    public static async Task<int> RunAsync(int recipients, int tasks, int repetitions)
    {
        var storage = Path.Combine(Path.GetTempPath(), "koomessage-bench", Guid.NewGuid().ToString("N"));
        try
        {
            var seedClock = Stopwatch.StartNew();
            var seeded = await BenchmarkDatabase.CreateAsync(storage, tasks, recipients / tasks);
            var connection = SqliteConnectionStrings.ForFolder(storage);
            var start = From.UtcDateTime;
            for (var i = 0; i < tasks; i++)
                await RecipientRows.InsertAsync(connection, seeded.TenantId, seeded.TaskIds[i], recipients / tasks + (i < recipients % tasks ? 1 : 0), start, Days * SlotsPerDay);
            SqliteConnection.ClearAllPools();
            Console.WriteLine($"Seeded {recipients:N0} recipients in {tasks} tasks and their rollups in {seedClock.Elapsed.TotalSeconds:F0} s.");

            var statements = 0;
            await using var server = await PlatformServerProcess.StartAsync(new Dictionary<string, string?>
            {
                ["GraphQL:RateLimits:Enabled"] = "false",
                // Nothing to dispatch: off, so its polls add no statements to the count.
                ["Dispatch:Enabled"] = "false",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
            }, storagePath: storage, onLine: line =>
            {
                if (line.Contains("Executed DbCommand", StringComparison.Ordinal))
                    Interlocked.Increment(ref statements);
            });
            string tenantKey;
            using (var admin = new LoadGraphQLClient(server.BaseAddress, PlatformServerProcess.AdminKey))
                tenantKey = await LoadTenant.CreateAdminKeyAsync(admin, GlobalId.Encode(Tenant.GraphTypeName, seeded.TenantId), "bench statistics");
            using var client = new LoadGraphQLClient(server.BaseAddress, tenantKey);
            var input = new
            {
                from = From.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                to = From.AddDays(Days).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                granularity = "DAY",
                timeZone = Zone,
                groupBy = new[] { "TASK" },
            };

            async Task<Dictionary<string, Counts>> QueryAsync()
            {
                var result = await client.QueryAsync(Document, new { input });
                return result.Ok ? Read(result.Data) : throw new InvalidOperationException($"messageStatistics failed ({result.Error}): {result.Body}");
            }
            Task<Dictionary<string, Counts>> RecountAsync() => RecountOnFileAsync(connection, seeded.TenantId, start, start.AddDays(Days));

            var viaRollups = await QueryAsync();
            var viaRecount = await RecountAsync();
            if (!Same(viaRollups, viaRecount) || viaRecount.Values.Sum(c => c.Sent) != recipients)
                throw new InvalidOperationException($"The answers differ: {viaRollups.Count} rows from messageStatistics, {viaRecount.Count} from the recount, {viaRecount.Values.Sum(c => c.Sent)} sent of {recipients}.");

            var baseline = new List<double>();
            for (var i = 0; i < repetitions; i++)
                baseline.Add(await TimeAsync(RecountAsync));
            var platform = new List<double>();
            var counted = new List<int>();
            for (var i = 0; i < repetitions; i++)
            {
                Interlocked.Exchange(ref statements, 0);
                platform.Add(await TimeAsync(QueryAsync));
                // The console logger writes behind the request: its lines are given a moment to arrive.
                await Task.Delay(500);
                counted.Add(Volatile.Read(ref statements));
            }
            baseline.Sort();
            platform.Sort();
            var baselineMs = Percentiles.Of(baseline, 0.5);
            var platformMs = Percentiles.Of(platform, 0.5);
            MarkdownTable.Print(Console.Out,
                $"statistics: {recipients:N0} recipients in {tasks} tasks over {Days} days, DAY × TASK ({viaRecount.Count} rows), median of {repetitions}",
                ["run", "median ms", "SQL statements", "answer"],
                [
                    ["GROUP BY over Recipients, raw SQL (baseline)", F(baselineMs), "1", $"{viaRecount.Count} rows"],
                    ["messageStatistics over GraphQL (rollups)", F(platformMs), counted.Min().ToString(CultureInfo.InvariantCulture), "same rows"],
                    ["ratio (platform / baseline)", MarkdownTable.Ratio(platformMs, baselineMs), "", ""],
                ]);
            return server.HasExited ? 1 : 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(storage, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
        }
    }

    private static string F(double ms) => ms.ToString("F1", CultureInfo.InvariantCulture);

    private static async Task<double> TimeAsync<T>(Func<Task<T>> run)
    {
        var clock = Stopwatch.StartNew();
        await run();
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>"task|yyyy-MM-dd" (the local day) to the counts, zero rows left out.</summary>
    private static Dictionary<string, Counts> Read(JsonElement data)
    {
        var rows = new Dictionary<string, Counts>();
        foreach (var row in data.GetProperty("messageStatistics").EnumerateArray())
        {
            var counts = new Counts(row.GetProperty("submitted").GetInt64(), row.GetProperty("sent").GetInt64(),
                row.GetProperty("delivered").GetInt64(), row.GetProperty("failed").GetInt64());
            if (counts == default)
                continue;
            if (!GlobalId.TryDecode(row.GetProperty("taskId").GetString()!, out _, out var task))
                throw new InvalidOperationException($"Not a task ID: {row}");
            var day = row.GetProperty("start").GetDateTimeOffset().ToOffset(From.Offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            rows.Add($"{task}|{day}", counts);
        }
        return rows;
    }

    private static async Task<Dictionary<string, Counts>> RecountOnFileAsync(string connectionString, Guid tenantId, DateTime from, DateTime to)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Recount;
        command.Parameters.AddWithValue("$tenant", RecipientRows.Text(tenantId));
        command.Parameters.AddWithValue("$from", RecipientRows.Text(from));
        command.Parameters.AddWithValue("$to", RecipientRows.Text(to));
        var rows = new Dictionary<string, Counts>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add($"{Guid.Parse(reader.GetString(0))}|{reader.GetString(1)}", new Counts(reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5)));
        return rows;
    }

    private static bool Same(Dictionary<string, Counts> a, Dictionary<string, Counts> b)
        => a.Count == b.Count && a.All(row => b.TryGetValue(row.Key, out var other) && other == row.Value);

    private readonly record struct Counts(long Submitted, long Sent, long Delivered, long Failed);
}
