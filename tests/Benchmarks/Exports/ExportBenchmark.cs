using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using KooMessage.Benchmarks.Load;
using KooMessage.Benchmarks.Seeding;
using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;
using Microsoft.Data.Sqlite;

namespace KooMessage.Benchmarks.Exports;

/// <summary>
/// A task's recipients as streamed CSV (issue 17 item 5: starts within a second, flat memory at a
/// million rows): a task with N recipient rows bulk-inserted into the SQLite file, exported through
/// <c>GET /exports/tasks/{id}/recipients.csv</c> with the tenant's key from the platform as a child
/// process, against the baseline of a raw SELECT of the same rows written as CSV to a stream in this
/// process. Time to first byte, total time, bytes, and peak resident memory above idle (the server's
/// for the export, this process's for the baseline), sampled every 20 ms. Both must have N rows.
/// </summary>
public static class ExportBenchmark
{
    /// <summary>The rows the export reads, in its order, with what it joins.</summary>
    private const string Select = """
        SELECT r.Sequence, r.Phone, r.Capability, r.Channel, r.State, r.ErrorCode, r.SubmittedAt, r.DeliveredAt, r.FinishedAt,
            l.Domain, r.ShortLinkCode, coalesce(l.Clicks, 0), l.FirstClickAt
        FROM Recipients AS r LEFT JOIN ShortLinks AS l ON l.Code = r.ShortLinkCode
        WHERE r.TaskId = $task ORDER BY r.Sequence
        """;

    public static async Task<int> RunAsync(int recipients)
    {
        var storage = Path.Combine(Path.GetTempPath(), "koomessage-bench", Guid.NewGuid().ToString("N"));
        try
        {
            var seedClock = Stopwatch.StartNew();
            // A small task first, exported once to warm the server up, then the measured one.
            var seeded = await BenchmarkDatabase.CreateAsync(storage, 2, recipients);
            var connection = SqliteConnectionStrings.ForFolder(storage);
            var start = new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);
            await RecipientRows.InsertAsync(connection, seeded.TenantId, seeded.TaskIds[0], 100, start, 96);
            await RecipientRows.InsertAsync(connection, seeded.TenantId, seeded.TaskIds[1], recipients, start, 96);
            SqliteConnection.ClearAllPools();
            Console.WriteLine($"Seeded {recipients:N0} recipients in {seedClock.Elapsed.TotalSeconds:F0} s.");

            await using var server = await PlatformServerProcess.StartAsync(
                new Dictionary<string, string?> { ["Dispatch:Enabled"] = "false" }, storagePath: storage);
            string tenantKey;
            using (var admin = new LoadGraphQLClient(server.BaseAddress, PlatformServerProcess.AdminKey))
                tenantKey = await LoadTenant.CreateAdminKeyAsync(admin, GlobalId.Encode(Tenant.GraphTypeName, seeded.TenantId), "bench export");
            using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenantKey);

            var warmUp = await ExportAsync(http, server, seeded.TaskIds[0]);
            if (warmUp.Rows != 100)
                throw new InvalidOperationException($"The warm-up export had {warmUp.Rows} rows, not 100.");
            var baseline = await SelectAsCsvAsync(connection, seeded.TaskIds[1]);
            var platform = await ExportAsync(http, server, seeded.TaskIds[1]);
            if (baseline.Rows != recipients || platform.Rows != recipients)
                throw new InvalidOperationException($"Rows: {platform.Rows} exported, {baseline.Rows} selected, {recipients} seeded.");

            MarkdownTable.Print(Console.Out, $"export: a task's {recipients:N0} recipients as CSV (target: first byte ≤ 1 s, flat memory)",
                ["run", "first byte ms", "total ms", "MB", "rows", "peak memory above idle MB"],
                [
                    baseline.Cells("raw SELECT written as CSV to a stream, in-process (baseline)"),
                    platform.Cells("GET /exports/tasks/{id}/recipients.csv (server memory)"),
                    ["ratio (platform / baseline)", MarkdownTable.Ratio(platform.FirstByteMs, baseline.FirstByteMs), MarkdownTable.Ratio(platform.TotalMs, baseline.TotalMs),
                        MarkdownTable.Ratio(platform.Bytes, baseline.Bytes), "", MarkdownTable.Ratio(platform.PeakAboveIdle, baseline.PeakAboveIdle)],
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

    private static async Task<ExportFigures> ExportAsync(HttpClient http, PlatformServerProcess server, Guid taskId)
    {
        var clock = Stopwatch.StartNew();
        double firstByte = 0;
        long bytes = 0, lines = 0;
        var memory = new PeakResidentMemory(server.ProcessId);
        await using (memory)
        {
            using var response = await http.GetAsync($"/exports/tasks/{GlobalId.Encode(SendTask.GraphTypeName, taskId)}/recipients.csv", HttpCompletionOption.ResponseHeadersRead);
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"The export answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                if (bytes == 0)
                    firstByte = clock.Elapsed.TotalMilliseconds;
                bytes += read;
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
            }
        }
        return new ExportFigures(firstByte, clock.Elapsed.TotalMilliseconds, bytes, lines - 1, memory.AboveIdle);
    }

    /// <summary>The baseline: the same rows by hand, one statement, each cell as the export shows it, through a UTF-8 writer.</summary>
    private static async Task<ExportFigures> SelectAsCsvAsync(string connectionString, Guid taskId)
    {
        var clock = Stopwatch.StartNew();
        double firstByte = 0;
        var sink = new CountingStream();
        var memory = new PeakResidentMemory(Environment.ProcessId);
        await using (memory)
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = Select;
            command.Parameters.AddWithValue("$task", RecipientRows.Text(taskId));
            await using var reader = await command.ExecuteReaderAsync();
            await using var writer = new StreamWriter(sink, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            await writer.WriteLineAsync(RecipientCsv.Header);
            var cells = new string[13];
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < cells.Length; i++)
                    cells[i] = reader.IsDBNull(i) ? string.Empty : reader.GetValue(i) is DateTime time ? RecipientCsv.Time(time) : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
                await writer.WriteLineAsync(string.Join(',', cells));
                if (firstByte == 0)
                {
                    await writer.FlushAsync();
                    firstByte = clock.Elapsed.TotalMilliseconds;
                }
            }
        }
        return new ExportFigures(firstByte, clock.Elapsed.TotalMilliseconds, sink.Bytes, sink.Lines - 1, memory.AboveIdle);
    }

    private sealed record ExportFigures(double FirstByteMs, double TotalMs, long Bytes, long Rows, long PeakAboveIdle)
    {
        public string[] Cells(string name) => [name, F(FirstByteMs), F(TotalMs), F(Bytes / 1048576.0), Rows.ToString("N0", CultureInfo.InvariantCulture), F(PeakAboveIdle / 1048576.0)];

        private static string F(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
    }
}
