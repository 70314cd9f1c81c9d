using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KooMessage.Benchmarks.Seeding;

/// <summary>
/// Millions of recipient rows in seconds: raw INSERT … SELECT over a recursive CTE on the SQLite file,
/// in one transaction per task, plus the quarter-hour rollup rows (MessageStatistics, keyed by task,
/// channel, service number (none: no seeded recipient records one) and slot as the platform keys them) that the platform's writers would have left for the
/// same history. Recipient i of a task was handed over in quarter hour i mod slots after
/// <c>start</c> (one minute in) and answered a minute later: every tenth failed, the rest were
/// delivered; the task was created at <c>start</c>, when all of its recipients counted as submitted.
/// </summary>
public static class RecipientRows
{
    /// <summary>SQLite's text form of a UTC time, as EF Core writes it (whole seconds).</summary>
    public static string Text(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A Guid as EF Core stores it on SQLite.</summary>
    public static string Text(Guid id) => id.ToString().ToUpperInvariant();

    /// <summary>A random Guid in that form, made by SQLite.</summary>
    private const string NewId = "upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))";

    public static async Task InsertAsync(string connectionString, Guid tenantId, Guid taskId, int count, DateTime start, int slots)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = $"""
                INSERT INTO Recipients (Id, Attempts, Capability, Channel, CreatedAt, CustomUrl, DeliveredAt, ErrorCode, FinishedAt, NextAttemptAt,
                    Parameters, Phone, Sequence, ShortLinkCode, State, SubmittedAt, TaskId, TenantId, UpdatedAt, Variables)
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < $count)
                SELECT {NewId}, 1, 'Resolvable', 'Smart', $start,  NULL,
                    CASE WHEN i % 10 = 0 THEN NULL ELSE datetime($start, '+' || ((i % $slots) * 900 + 120) || ' seconds') END,
                    CASE WHEN i % 10 = 0 THEN 'UNDELIVERED' ELSE NULL END,
                    datetime($start, '+' || ((i % $slots) * 900 + 120) || ' seconds'), NULL,
                    '[]', '+86' || (13000000000 + i), i + 1, NULL,
                    CASE WHEN i % 10 = 0 THEN 'Failed' ELSE 'Delivered' END,
                    datetime($start, '+' || ((i % $slots) * 900 + 60) || ' seconds'), $task, $tenant, $start, '["O' || i || '"]'
                FROM n
                """;
            Bind(insert, tenantId, taskId, count, start, slots);
            await insert.ExecuteNonQueryAsync();
        }
        await using (var rollup = connection.CreateCommand())
        {
            // One row per quarter hour the recipients were handed over in, grouped from the rows just written.
            rollup.Transaction = transaction;
            rollup.CommandText = $"""
                INSERT INTO MessageStatistics (Id, TenantId, Slot, TaskId, Kind, Channel, ServiceNumberId, SmsAppId, SignatureId, SmsTemplateId, SmartTemplateId, VideoTemplateId,
                    Submitted, Sent, Delivered, Failed, Expired, Skipped, Cancelled, Clicks, UniqueClicks, CreatedAt, UpdatedAt)
                SELECT {NewId}, t.TenantId, s.Slot, t.Id, t.Kind, 'Smart', '00000000-0000-0000-0000-000000000000', t.SmsAppId, t.SignatureId, t.SmsTemplateId, t.SmartTemplateId, t.VideoTemplateId,
                    CASE WHEN s.Slot = $start THEN $count ELSE 0 END, s.Sent, s.Delivered, s.Failed, 0, 0, 0, 0, 0, $start, $start
                FROM (SELECT datetime(SubmittedAt, '-60 seconds') AS Slot, count(*) AS Sent,
                        sum(State = 'Delivered') AS Delivered, sum(State = 'Failed') AS Failed
                      FROM Recipients WHERE TaskId = $task GROUP BY Slot) AS s
                JOIN SendTasks AS t ON t.Id = $task
                """;
            Bind(rollup, tenantId, taskId, count, start, slots);
            await rollup.ExecuteNonQueryAsync();
        }
        await using (var task = connection.CreateCommand())
        {
            // The task's own counters and state agree with its recipients.
            task.Transaction = transaction;
            task.CommandText = """
                UPDATE SendTasks SET CreatedAt = $start, StartedAt = $start, CompletedAt = datetime($start, '+' || ($slots * 900) || ' seconds'), Status = 'CompletedWithFailures',
                    Total = $count, Resolvable = $count,
                    Submitted = $count, Sent = $count, Failed = ($count + 9) / 10, Delivered = $count - ($count + 9) / 10
                WHERE Id = $task
                """;
            Bind(task, tenantId, taskId, count, start, slots);
            await task.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    private static void Bind(SqliteCommand command, Guid tenantId, Guid taskId, int count, DateTime start, int slots)
    {
        command.Parameters.AddWithValue("$tenant", Text(tenantId));
        command.Parameters.AddWithValue("$task", Text(taskId));
        command.Parameters.AddWithValue("$count", count);
        command.Parameters.AddWithValue("$start", Text(start));
        command.Parameters.AddWithValue("$slots", slots);
    }
}
