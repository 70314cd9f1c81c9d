using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.Statistics;

/// <summary>
/// Adds counts to a task's rollup row for a channel and quarter hour, creating the row if needed, in
/// one atomic upsert (so concurrent writers of the same new row neither collide nor lose an
/// increment). Call it inside the transaction that changes the counters it summarises; a rollback then
/// takes the statistic back too. Writers may act for any tenant (receipts arrive outside one): the row
/// carries the task's tenant.
/// </summary>
public static class MessageStatisticsRollup
{
    public static async Task AddAsync(KooMessageDbContext db, MessageStatisticScope scope, RecipientChannel channel, DateTime at,
        MessageCounts counts, CancellationToken cancellationToken)
    {
        if (counts.IsZero)
            return;
        using (db.AllowCrossTenantWrites())
            await db.AddToCountersAsync(MessageStatistic.Create(scope, channel, StatisticsSlots.Of(at), counts),
                MessageStatistic.Key, MessageStatistic.Counters, cancellationToken);
    }

    /// <summary>A click on <paramref name="link"/> at <paramref name="at"/>; <paramref name="first"/> when it was the link's first (a unique click).</summary>
    public static async Task AddClickAsync(KooMessageDbContext db, ShortLink link, DateTime at, bool first, CancellationToken cancellationToken)
    {
        var channel = await db.Set<Recipient>().IgnoreQueryFilters().Where(r => r.Id == link.RecipientId).Select(r => r.Channel).FirstAsync(cancellationToken);
        var scope = await MessageStatisticScope.Select(db.Set<SendTask>().IgnoreQueryFilters().Where(t => t.Id == link.TaskId)).FirstAsync(cancellationToken);
        await AddAsync(db, scope, channel, at, new MessageCounts(Clicks: 1, UniqueClicks: first ? 1 : 0), cancellationToken);
    }
}
