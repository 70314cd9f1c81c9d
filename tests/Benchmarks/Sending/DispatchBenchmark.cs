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
using Npgsql;

namespace KooMessage.Benchmarks.Sending;

/// <summary>
/// Dispatch N recipients on SQLite, or on PostgreSQL when a server's connection string is given (a
/// database of its own is created there and dropped afterwards), through the Sandbox gateway (the
/// embedded default: its carrier log is written in the batch's own transaction and its receipt
/// simulator writes to the same database beside the dispatch) or the Webhook gateway (production: each
/// batch is POSTed, signed, to a <see cref="CarrierBridgeStub"/> on 127.0.0.1). The platform's dispatcher
/// — lease, read, render, hand-over, conditional state updates, counters, quotas, rate tokens, progress
/// events — runs against a bare loop in the same run over the same database: raw batched UPDATEs marking
/// the same rows submitted, the least any dispatcher must write, best of two runs. The clock stops when
/// every recipient was handed over (sent), as the baseline's UPDATEs mark them.
/// </summary>
public static class DispatchBenchmark
{
    /// <param name="postgresServer">A PostgreSQL server's connection string (no database), or null for SQLite.</param>
    /// <param name="webhook">Hand over through the Webhook gateway to a <see cref="CarrierBridgeStub"/> instead of the Sandbox.</param>
    public static async Task<int> RunAsync(int recipients, TimeSpan timeout, string? postgresServer = null, bool webhook = false)
    {
        var storage = Path.Combine(Path.GetTempPath(), "koomessage-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(storage);
        var postgres = postgresServer is null ? null
            : new NpgsqlConnectionStringBuilder(postgresServer) { Database = $"koomessage_bench_{Guid.NewGuid():N}" }.ToString();
        var settings = new Dictionary<string, string?>
        {
            ["Dispatch:PollInterval"] = "00:00:00.050",
            ["Dispatch:BatchSize"] = "1000",
            ["Dispatch:MessagesPerSecondPerTenant"] = "1000000",
        };
        await using var bridge = webhook ? await CarrierBridgeStub.StartAsync() : null;
        if (bridge is not null)
        {
            settings["Gateway:Provider"] = "Webhook";
            settings["Gateway:WebhookUrl"] = bridge.Url.ToString();
            settings["Gateway:WebhookSecret"] = "benchmark-secret";
        }
        if (postgres is not null)
        {
            settings["Database:Provider"] = "Postgres";
            settings["Database:ConnectionString"] = postgres;
        }
        var database = postgres is null ? "SQLite" : "PostgreSQL";
        var gateway = webhook ? "Webhook" : "Sandbox";
        var app = BenchmarkDatabase.Build(storage, settings);
        try
        {
            await PlatformApplication.InitializeAsync(app.Services);
            var (taskId, warmUpTaskId) = await SeedAsync(app.Services, recipients);
            Console.WriteLine($"Seeded {recipients:N0} recipients on {database}.");

            // Best of two: the bare loop is a second's work, and a single run of it moves by a quarter between runs.
            var bare = TimeSpan.MaxValue;
            for (var run = 0; run < 2; run++)
            {
                var elapsed = await BareLoopAsync(app.Services, taskId);
                bare = elapsed < bare ? elapsed : bare;
                await ResetAsync(app.Services, taskId);
            }

            await app.StartAsync();
            // A small task first, unmeasured: the dispatcher's first batches compile its queries and JIT its
            // code, which the baseline's three ADO statements hardly need; the figure is the steady state.
            if (await DispatchAsync(app.Services, warmUpTaskId, WarmUpRecipients, timeout) is null)
            {
                Console.WriteLine($"The warm-up task was not handed over within {timeout}.");
                return 1;
            }
            var postsBefore = bridge?.Batches ?? 0;
            var watch = Stopwatch.StartNew();
            var task = await DispatchAsync(app.Services, taskId, recipients, timeout);
            watch.Stop();
            if (task is null || task.Sent != recipients)
            {
                Console.WriteLine($"The task was not handed over within {timeout}.");
                return 1;
            }

            var rate = task.Sent / watch.Elapsed.TotalSeconds;
            var bareRate = recipients / bare.TotalSeconds;
            MarkdownTable.Print(Console.Out, $"dispatch: {recipients:N0} recipients on {database} through the {gateway} gateway (target: ≥ 0.5× the baseline)",
                ["run", "time ms", "recipients/s", "outcome"],
                [
                    ["raw batched UPDATEs (baseline)", $"{bare.TotalMilliseconds:F0}", $"{bareRate:F0}", "all marked submitted"],
                    [$"platform dispatcher ({gateway} gateway)", $"{watch.Elapsed.TotalMilliseconds:F0}", $"{rate:F0}",
                        $"{task.Status}, sent {task.Sent}" + (bridge is null ? "" : $", {bridge.Batches - postsBefore} POSTs taken")],
                    ["ratio (platform / baseline)", MarkdownTable.Ratio(watch.Elapsed.TotalMilliseconds, bare.TotalMilliseconds), MarkdownTable.Ratio(rate, bareRate), ""],
                ]);
            return 0;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            SqliteConnection.ClearAllPools();
            if (postgres is not null)
                await DropDatabaseAsync(postgres);
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

    private const int WarmUpRecipients = 200;

    /// <summary>Queues the task and waits until all its recipients were handed over (sent); null when that took longer than the timeout.</summary>
    private static async Task<SendTask?> DispatchAsync(IServiceProvider services, Guid taskId, int recipients, TimeSpan timeout)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
            await db.Set<SendTask>().IgnoreQueryFilters().Where(t => t.Id == taskId)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, SendTaskStatus.Queued));
        }
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            await using var scope = services.CreateAsyncScope();
            var task = await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<SendTask>().IgnoreQueryFilters().AsNoTracking()
                .FirstAsync(t => t.Id == taskId);
            // Handed over: what the baseline's UPDATEs stand for. Waiting for the task to be final would add the
            // Sandbox's simulated receipt delay (a second by default), which at a small size is most of the time.
            if (task.Sent == recipients)
                return task;
            await Task.Delay(20);
        }
        return null;
    }

    /// <summary>The seeded tenant's measured task with N resolvable recipients and a small warm-up task (both scheduled far ahead until queued).</summary>
    private static async Task<(Guid Measured, Guid WarmUp)> SeedAsync(IServiceProvider services, int count)
    {
        var seeded = await BenchmarkDatabase.SeedTasksAsync(services, 2, count);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(seeded.TenantId, "bench");
        foreach (var (id, size) in new[] { (seeded.TaskIds[0], count), (seeded.TaskIds[1], WarmUpRecipients) })
        {
            var task = await db.Set<SendTask>().FirstAsync(t => t.Id == id);
            foreach (var chunk in Enumerable.Range(0, size).Chunk(5000))
            {
                await db.BulkInsertAsync(chunk.Select(i => Recipient.For(task,
                    new ParsedRecipient(i + 1, $"+86{13_000_000_000L + i}", RecipientCapability.Resolvable, [$"O{i}"], null, null, []),
                    ShortLinkCodes.Next())).ToList(), CancellationToken.None);
            }
        }
        return (seeded.TaskIds[0], seeded.TaskIds[1]);
    }

    /// <summary>The least any dispatcher must write: the task's rows marked submitted, 1,000 per transaction, by id.</summary>
    private static async Task<TimeSpan> BareLoopAsync(IServiceProvider services, Guid taskId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var ids = await db.Set<Recipient>().IgnoreQueryFilters().Where(r => r.TaskId == taskId).OrderBy(r => r.Sequence).Select(r => r.Id).ToListAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var postgres = connection is NpgsqlConnection;
        var watch = Stopwatch.StartNew();
        foreach (var batch in ids.Chunk(1000))
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var update = connection.CreateCommand();
            update.Transaction = transaction;
            if (postgres)
            {
                update.CommandText = "UPDATE \"Recipients\" SET \"State\" = 'Submitted', \"SubmittedAt\" = @now WHERE \"Id\" = ANY(@ids)";
                update.Parameters.Add(new NpgsqlParameter("now", DateTime.UtcNow));
                update.Parameters.Add(new NpgsqlParameter("ids", batch));
            }
            else
            {
                var names = batch.Select((_, i) => $"$p{i}").ToList();
                update.CommandText = $"UPDATE Recipients SET State = 'Submitted', SubmittedAt = $now WHERE Id IN ({string.Join(',', names)})";
                update.Parameters.Add(new SqliteParameter("$now", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF")));
                for (var i = 0; i < batch.Length; i++)
                    update.Parameters.Add(new SqliteParameter(names[i], batch[i].ToString().ToUpperInvariant()));
            }
            await update.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
        watch.Stop();
        return watch.Elapsed;
    }

    private static async Task ResetAsync(IServiceProvider services, Guid taskId)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<Recipient>().IgnoreQueryFilters().Where(r => r.TaskId == taskId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RecipientState.Pending).SetProperty(r => r.SubmittedAt, (DateTime?)null));
    }

    private static async Task DropDatabaseAsync(string connectionString)
    {
        await using (var pooled = new NpgsqlConnection(connectionString))
            NpgsqlConnection.ClearPool(pooled);
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ToString());
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connectionString).Database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
