using System.Diagnostics;
using KooMessage.Benchmarks.Seeding;
using KooMessage.Platform;
using KooMessage.Platform.Data;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Tenancy;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Benchmarks.Sending;

/// <summary>
/// Dispatch N recipients through the Sandbox gateway on SQLite (issue 6: ≥ 10,000 recipients/s):
/// the platform's dispatcher — lease, render, gateway record, conditional state updates, counters,
/// progress events, with the receipt simulator running beside it — against a bare loop in the same
/// run over the same database: raw batched UPDATEs marking the same rows submitted, the least any
/// dispatcher must write. The clock stops when every recipient was handed over (sent), as the
/// baseline's UPDATEs mark them; receipts keep arriving beside it.
/// </summary>
public static class DispatchBenchmark
{
    public static async Task<int> RunAsync(int recipients, TimeSpan timeout)
    {
        var storage = Path.Combine(Path.GetTempPath(), "koomessage-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(storage);
        var app = BenchmarkDatabase.Build(storage, new Dictionary<string, string?>
        {
            ["Dispatch:PollInterval"] = "00:00:00.050",
            ["Dispatch:BatchSize"] = "1000",
            ["Dispatch:MessagesPerSecondPerTenant"] = "1000000",
        });
        await PlatformApplication.InitializeAsync(app.Services);
        try
        {
            var taskId = await SeedAsync(app.Services, recipients);
            var connection = SqliteConnectionStrings.ForFolder(storage);
            Console.WriteLine($"Seeded {recipients:N0} recipients.");

            var bare = await BareLoopAsync(connection, taskId);
            await ResetAsync(connection, taskId);

            await app.StartAsync();
            var watch = Stopwatch.StartNew();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
                await db.Set<SendTask>().IgnoreQueryFilters().Where(t => t.Id == taskId)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, SendTaskStatus.Queued));
            }
            var deadline = DateTime.UtcNow + timeout;
            SendTask? task = null;
            while (DateTime.UtcNow < deadline)
            {
                await using var scope = app.Services.CreateAsyncScope();
                task = await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<SendTask>().IgnoreQueryFilters().AsNoTracking()
                    .FirstAsync(t => t.Id == taskId);
                // Handed over: what the baseline's UPDATEs stand for. Waiting for the task to be final would add the
                // Sandbox's simulated receipt delay (a second by default), which at a small size is most of the time.
                if (task.Sent == recipients)
                    break;
                await Task.Delay(20);
            }
            watch.Stop();
            if (task is null || task.Sent != recipients)
            {
                Console.WriteLine($"The task was not handed over within {timeout}: sent {task?.Sent}.");
                return 1;
            }

            var rate = task.Sent / watch.Elapsed.TotalSeconds;
            var bareRate = recipients / bare.TotalSeconds;
            MarkdownTable.Print(Console.Out, $"dispatch: {recipients:N0} recipients on SQLite (target: ≥ 10,000 recipients/s)",
                ["run", "time ms", "recipients/s", "outcome"],
                [
                    ["raw batched UPDATEs (baseline)", $"{bare.TotalMilliseconds:F0}", $"{bareRate:F0}", "all marked submitted"],
                    ["platform dispatcher (Sandbox gateway)", $"{watch.Elapsed.TotalMilliseconds:F0}", $"{rate:F0}", $"{task.Status}, sent {task.Sent}"],
                    ["ratio (platform / baseline)", MarkdownTable.Ratio(watch.Elapsed.TotalMilliseconds, bare.TotalMilliseconds), MarkdownTable.Ratio(rate, bareRate), ""],
                ]);
            return 0;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
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

    /// <summary>The seeded tenant's one task with N resolvable recipients (scheduled far ahead until measured).</summary>
    private static async Task<Guid> SeedAsync(IServiceProvider services, int count)
    {
        var seeded = await BenchmarkDatabase.SeedTasksAsync(services, 1, count);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(seeded.TenantId, "bench");
        var task = await db.Set<SendTask>().FirstAsync(t => t.Id == seeded.TaskIds[0]);
        foreach (var chunk in Enumerable.Range(0, count).Chunk(5000))
        {
            await db.BulkInsertAsync(chunk.Select(i => Recipient.For(task,
                new ParsedRecipient(i + 1, $"+86{13_000_000_000L + i}", RecipientCapability.Resolvable, [$"O{i}"], null, null, []),
                ShortLinkCodes.Next())).ToList(), CancellationToken.None);
        }
        return task.Id;
    }

    private static async Task<TimeSpan> BareLoopAsync(string connectionString, Guid taskId)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var ids = new List<string>();
        await using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT Id FROM Recipients WHERE TaskId = $task ORDER BY Sequence";
            select.Parameters.AddWithValue("$task", taskId.ToString().ToUpperInvariant());
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                ids.Add(reader.GetString(0));
        }
        var watch = Stopwatch.StartNew();
        foreach (var batch in ids.Chunk(1000))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var update = connection.CreateCommand();
            update.Transaction = transaction;
            var names = batch.Select((_, i) => $"$p{i}").ToList();
            update.CommandText = $"UPDATE Recipients SET State = 'Submitted', SubmittedAt = $now WHERE Id IN ({string.Join(',', names)})";
            update.Parameters.AddWithValue("$now", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF"));
            for (var i = 0; i < batch.Length; i++)
                update.Parameters.AddWithValue(names[i], batch[i]);
            await update.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
        watch.Stop();
        return watch.Elapsed;
    }

    private static async Task ResetAsync(string connectionString, Guid taskId)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var reset = connection.CreateCommand();
        reset.CommandText = "UPDATE Recipients SET State = 'Pending', SubmittedAt = NULL WHERE TaskId = $task";
        reset.Parameters.AddWithValue("$task", taskId.ToString().ToUpperInvariant());
        await reset.ExecuteNonQueryAsync();
    }
}
