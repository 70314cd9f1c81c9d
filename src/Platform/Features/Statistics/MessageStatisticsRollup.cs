using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.Statistics;

/// <summary>
/// Adds counts to a task's rollup row for a channel and quarter hour: one conditional UPDATE that
/// adds in the database (so concurrent writers never lose an increment), and an INSERT when the row
/// does not exist yet. Call it inside the transaction that changes the counters it summarises; a
/// rollback then takes the statistic back too. Writers may act for any tenant (receipts arrive outside
/// one): the row carries the task's tenant.
/// </summary>
public static class MessageStatisticsRollup
{
    public static async Task AddAsync(KooMessageDbContext db, MessageStatisticScope scope, RecipientChannel channel, DateTime at,
        MessageCounts counts, CancellationToken cancellationToken)
    {
        if (counts.IsZero)
            return;
        var slot = StatisticsSlots.Of(at);
        var updated = await db.Set<MessageStatistic>().IgnoreQueryFilters()
            .Where(s => s.TaskId == scope.TaskId && s.Channel == channel && s.Slot == slot)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Submitted, r => r.Submitted + counts.Submitted)
                .SetProperty(r => r.Sent, r => r.Sent + counts.Sent)
                .SetProperty(r => r.Delivered, r => r.Delivered + counts.Delivered)
                .SetProperty(r => r.Failed, r => r.Failed + counts.Failed)
                .SetProperty(r => r.Expired, r => r.Expired + counts.Expired)
                .SetProperty(r => r.Skipped, r => r.Skipped + counts.Skipped)
                .SetProperty(r => r.Cancelled, r => r.Cancelled + counts.Cancelled)
                .SetProperty(r => r.Clicks, r => r.Clicks + counts.Clicks)
                .SetProperty(r => r.UniqueClicks, r => r.UniqueClicks + counts.UniqueClicks), cancellationToken);
        if (updated > 0)
            return;
        using (db.AllowCrossTenantWrites())
            await db.BulkInsertAsync([MessageStatistic.Create(scope, channel, slot, counts)], cancellationToken);
    }
}
