using System.Diagnostics;
using System.Text;
using KooMessage.Benchmarks.Load;
using KooMessage.Platform.Data;
using Microsoft.Data.Sqlite;

namespace KooMessage.Benchmarks.Sending;

/// <summary>
/// Creating a task of N numbers end to end (issue 19 item 4: ≤ 2× the baseline, ≤ 300 MB above idle):
/// the platform as a child process on SQLite takes the multipart upload of the number file and
/// createSendTask, and the clock runs until the task is QUEUED (the dispatcher is off, so it stays
/// there), while the server's resident memory is sampled. The baseline, in the same run: the very rows
/// the platform wrote (read back once the server has stopped) bulk-inserted directly by raw multi-row
/// INSERTs into the same tables and indexes in a fresh database: the least any creation must write.
/// </summary>
public static class TaskCreationBenchmark
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Dispatch:Enabled"] = "false",
        ["GraphQL:RateLimits:Enabled"] = "false",
    };

    public static async Task<int> RunAsync(int numbers, TimeSpan timeout)
    {
        var storage = Path.Combine(Path.GetTempPath(), "koomessage-bench", Guid.NewGuid().ToString("N"));
        try
        {
            return await RunBoundedAsync(numbers, storage).WaitAsync(timeout);
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

    private static async Task<int> RunBoundedAsync(int numbers, string storage)
    {
        var file = LoadTenant.NumberFile(numbers);
        TimeSpan platform, answered;
        string answeredStatus, finalStatus;
        long idle, peak;
        string taskId;
        await using (var server = await PlatformServerProcess.StartAsync(Settings, storagePath: storage))
        {
            using var admin = new LoadGraphQLClient(server.BaseAddress, PlatformServerProcess.AdminKey);
            var sender = await LoadTenant.CreateAsync(admin, server.BaseAddress, "taskcreate");
            await sender.ApproveTemplateAsync(server.BaseAddress);
            using var tenant = new LoadGraphQLClient(server.BaseAddress, sender.TenantKey);
            idle = server.ResidentBytes();
            peak = idle;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peak = Math.Max(peak, server.ResidentBytes());
                    await Task.Delay(20);
                }
            });

            var watch = Stopwatch.StartNew();
            var created = await CreateAsync(tenant, sender, file);
            answered = watch.Elapsed;
            taskId = created.Id;
            answeredStatus = created.Status;
            finalStatus = await WaitUntilPreparedAsync(tenant, taskId);
            platform = watch.Elapsed;
            Console.Error.WriteLine($"The platform's task was {finalStatus} after {platform.TotalSeconds:F1} s (answered {answeredStatus} after {answered.TotalSeconds:F1} s).");
            await sampling.CancelAsync();
            await sampler;
            await server.TerminateAsync(TimeSpan.FromMinutes(1));
        }
        if (finalStatus != "QUEUED")
        {
            Console.WriteLine($"The task ended {finalStatus}, not QUEUED.");
            return 1;
        }

        var (rows, baseline) = await BaselineAsync(SqliteConnectionStrings.ForFolder(storage), taskId);
        var mb = (peak - idle) / 1024.0 / 1024.0;
        MarkdownTable.Print(Console.Out, $"taskcreate: a {numbers:N0}-number task over HTTP on SQLite (targets: ≤ 2× the baseline, ≤ 300 MB above idle)",
            ["run", "time ms", "rows/s", "outcome"],
            [
                ["raw multi-row INSERTs of its recipient and short-link rows (baseline)", $"{baseline.TotalMilliseconds:F0}",
                    $"{rows / baseline.TotalSeconds:F0}", $"{rows:N0} rows"],
                ["upload + createSendTask until QUEUED", $"{platform.TotalMilliseconds:F0}", $"{rows / platform.TotalSeconds:F0}",
                    $"answered {answeredStatus} after {answered.TotalMilliseconds:F0} ms; peak +{mb:F0} MB over idle {idle / 1024 / 1024} MB"],
                ["ratio (platform / baseline)", MarkdownTable.Ratio(platform.TotalMilliseconds, baseline.TotalMilliseconds), "", ""],
            ]);
        return 0;
    }

    private static async Task<(string Id, string Status)> CreateAsync(LoadGraphQLClient tenant, LoadTenant sender, byte[] file)
    {
        var result = await tenant.UploadAsync(file, "numbers.csv", "NUMBER_FILE");
        if (!result.Ok)
            throw new InvalidOperationException($"The upload failed ({result.Error}): {result.Body}");
        var fileId = result.Data.GetProperty("uploadFile").GetProperty("file").GetProperty("id").GetString()!;
        var created = await tenant.MutateAsync("createSendTask", LoadDocuments.CreateSendTask, sender.SendTaskVariables(fileId));
        if (!created.Ok)
            throw new InvalidOperationException($"createSendTask failed ({created.Error}): {created.Body}");
        var task = created.Data.GetProperty("createSendTask").GetProperty("sendTask");
        return (task.GetProperty("id").GetString()!, task.GetProperty("status").GetString()!);
    }

    /// <summary>Polls the task until it has left PREPARING; returns the status it reached.</summary>
    private static async Task<string> WaitUntilPreparedAsync(LoadGraphQLClient tenant, string taskId)
    {
        while (true)
        {
            var result = await tenant.QueryAsync(LoadDocuments.TaskProgress, new { id = taskId });
            if (!result.Ok)
                throw new InvalidOperationException($"Reading the task failed ({result.Error}): {result.Body}");
            var status = result.Data.GetProperty("node").GetProperty("status").GetString()!;
            if (status != "PREPARING")
                return status;
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// Creates the recipient and short-link tables (with their indexes, by the platform's own DDL) in a
    /// fresh database with the platform's settings (WAL, synchronous=NORMAL; foreign keys off), then times copying the task's
    /// rows into them with multi-row INSERT statements (prepared once, re-bound per chunk), committed
    /// every 10,000 rows.
    /// </summary>
    private static async Task<(long Rows, TimeSpan Took)> BaselineAsync(string connectionString, string taskGlobalId)
    {
        var taskKey = TaskKey(taskGlobalId);
        var source = new SqliteConnectionStringBuilder(connectionString);
        var target = new SqliteConnectionStringBuilder(connectionString) { DataSource = Path.Combine(Path.GetDirectoryName(source.DataSource)!, "baseline.db") };
        await using var from = new SqliteConnection(connectionString);
        await from.OpenAsync();
        await using var to = new SqliteConnection(target.ToString());
        await to.OpenAsync();
        // Only the two tables are created, but their DDL references SendTasks and Tenants: with foreign keys on
        // (the SQLite build's default) preparing an INSERT fails with "no such table: main.SendTasks". The copied
        // rows come from a consistent database, so the baseline checks no foreign keys.
        await ExecuteAsync(to, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF;");
        await using (var schema = from.CreateCommand())
        {
            schema.CommandText = "SELECT sql FROM sqlite_master WHERE tbl_name IN ('Recipients', 'ShortLinks') AND sql IS NOT NULL ORDER BY type DESC";
            await using var ddl = await schema.ExecuteReaderAsync();
            while (await ddl.ReadAsync())
                await ExecuteAsync(to, ddl.GetString(0));
        }

        var watch = Stopwatch.StartNew();
        var rows = await CopyAsync(from, to, "Recipients", taskKey) + await CopyAsync(from, to, "ShortLinks", taskKey);
        watch.Stop();
        return (rows, watch.Elapsed);
    }

    private static async Task<long> CopyAsync(SqliteConnection from, SqliteConnection connection, string table, string taskKey)
    {
        const int RowsPerCommit = 10_000;
        const int ParametersPerStatement = 500;
        await using var select = from.CreateCommand();
        select.CommandText = $"SELECT * FROM {table} WHERE TaskId = $task";
        select.Parameters.AddWithValue("$task", taskKey);
        await using var reader = await select.ExecuteReaderAsync();
        var columns = reader.FieldCount;
        var rowsPerStatement = Math.Max(1, ParametersPerStatement / columns);
        var transaction = connection.BeginTransaction();
        var insert = Insert(connection, transaction, table, columns, rowsPerStatement);
        var values = new object[columns];
        long rows = 0;
        var inStatement = 0;
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            for (var c = 0; c < columns; c++)
                insert.Parameters[inStatement * columns + c].Value = values[c];
            rows++;
            if (++inStatement < rowsPerStatement)
                continue;
            await insert.ExecuteNonQueryAsync();
            inStatement = 0;
            if (rows % RowsPerCommit < rowsPerStatement)
            {
                await transaction.CommitAsync();
                transaction = connection.BeginTransaction();
                insert.Transaction = transaction;
            }
        }
        if (inStatement > 0)
        {
            // The rest: one shorter statement with the values already bound.
            await using var rest = Insert(connection, transaction, table, columns, inStatement);
            for (var p = 0; p < inStatement * columns; p++)
                rest.Parameters[p].Value = insert.Parameters[p].Value;
            await rest.ExecuteNonQueryAsync();
        }
        await insert.DisposeAsync();
        await transaction.CommitAsync();
        return rows;
    }

    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction transaction, string table, int columns, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder($"INSERT INTO {table} VALUES ");
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ",(");
            for (var c = 0; c < columns; c++)
            {
                var name = $"$p{r * columns + c}";
                sql.Append(c == 0 ? name : "," + name);
                command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        command.Prepare();
        return command;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, string? taskKey = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (taskKey is not null)
            command.Parameters.AddWithValue("$task", taskKey);
        await command.ExecuteNonQueryAsync();
    }

    private static string TaskKey(string globalId)
        => KooMessage.Platform.GraphQL.Relay.GlobalId.TryDecode(globalId, "SendTask", out var id)
            ? id.ToString().ToUpperInvariant()
            : throw new InvalidOperationException($"Not a send task id: {globalId}");
}
