using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.Statistics;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KooMessage.Platform.Tests.Statistics;

/// <summary>
/// The rollup upsert on a real PostgreSQL server: two transactions that add to the same NEW row (one
/// task, channel and quarter hour) at once both succeed and both counts survive; an update-then-insert
/// would fail the second on the unique index. Then many writers in parallel lose no increment.
/// </summary>
public sealed class MessageStatisticsRollupTests
{
    private static readonly DateTime Slot = new(2026, 11, 28, 8, 15, 0, DateTimeKind.Utc);

    [Fact]
    public async Task A_writer_blocked_on_another_transactions_new_row_adds_to_it_once_that_commits()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var host = await database.StartHostAsync();
        var scope = NewScope();

        await using var first = host.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        await using var held = await firstDb.Database.BeginTransactionAsync();
        await MessageStatisticsRollup.AddAsync(firstDb, scope, RecipientChannel.Smart, null, Slot.AddMinutes(3), new MessageCounts(Sent: 2, Clicks: 1), default);

        // The second insert of the same key waits for the first transaction's uncommitted row.
        var second = Task.Run(async () =>
        {
            await using var other = host.Services.CreateAsyncScope();
            var db = other.ServiceProvider.GetRequiredService<KooMessageDbContext>();
            await db.InTransactionAsync(async ct =>
            {
                await MessageStatisticsRollup.AddAsync(db, scope, RecipientChannel.Smart, null, Slot.AddMinutes(9), new MessageCounts(Sent: 5, Delivered: 1), ct);
                return 0;
            }, default);
        });
        await WaitForLockWaitAsync(database.ConnectionString!, second);
        await held.CommitAsync();
        await second.WaitAsync(TimeSpan.FromMinutes(2));

        var rows = await RowsAsync(host, scope.TaskId);
        var row = Assert.Single(rows);
        Assert.Equal(Slot, row.Slot);
        Assert.Equal(new MessageCounts(Sent: 7, Delivered: 1, Clicks: 1), row.Counts);
    }

    [Fact]
    public async Task Parallel_writers_of_the_same_new_rows_lose_no_increment()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var host = await database.StartHostAsync();
        var scope = NewScope();
        const int writers = 8, adds = 25;
        RecipientChannel[] channels = [RecipientChannel.Smart, RecipientChannel.PlainSms];
        var serviceNumber = Guid.NewGuid(); // half the writers add to rows without one: the key never holds a null, so those collide too

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var all = Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            await using var own = host.Services.CreateAsyncScope();
            var db = own.ServiceProvider.GetRequiredService<KooMessageDbContext>();
            await start.Task;
            for (var i = 0; i < adds; i++)
            {
                await db.InTransactionAsync(async ct =>
                {
                    // Every writer walks the same three new slots and two channels, so first inserts collide.
                    await MessageStatisticsRollup.AddAsync(db, scope, channels[i % 2], w % 2 == 0 ? null : serviceNumber, Slot.AddMinutes(15 * (i % 3)), new MessageCounts(Sent: 1, Clicks: w), ct);
                    return 0;
                }, default);
            }
        })));
        start.SetResult();
        await all.WaitAsync(TimeSpan.FromMinutes(3));

        var rows = await RowsAsync(host, scope.TaskId);
        Assert.Equal(12, rows.Count);
        Assert.Equal(writers * adds, rows.Sum(r => r.Sent));
        Assert.Equal(adds * Enumerable.Range(0, writers).Sum(), rows.Sum(r => r.Clicks));
    }

    private static MessageStatisticScope NewScope()
        => new(Guid.NewGuid(), Guid.NewGuid(), SendTaskKind.Smart, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null);

    /// <summary>Waits until a backend of the test database waits for a lock (the second writer), failing if the writer ends first.</summary>
    private static async Task WaitForLockWaitAsync(string connectionString, Task writer)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            if (writer.IsCompleted)
            {
                await writer;
                Assert.Fail("The second writer finished without waiting for the first transaction's row.");
            }
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
                return;
            Assert.True(DateTime.UtcNow < deadline, "The second writer never waited for the first transaction's row.");
            await Task.Delay(20);
        }
    }

    private static async Task<List<MessageStatistic>> RowsAsync(PlatformHost host, Guid taskId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        return await db.Set<MessageStatistic>().IgnoreQueryFilters().AsNoTracking().Where(s => s.TaskId == taskId).ToListAsync();
    }
}
