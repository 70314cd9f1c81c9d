using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.Statistics;

/// <summary>
/// Adds counts to a task's rollup row for a channel, service number and quarter hour, creating the row if needed, in
/// one atomic upsert (so concurrent writers of the same new row neither collide nor lose an
/// increment). Call it inside the transaction that changes the counters it summarises; a rollback then
/// takes the statistic back too. Writers may act for any tenant (receipts arrive outside one): the row
/// carries the task's tenant.
/// </summary>
public static class MessageStatisticsRollup
{
    /// <param name="serviceNumberId">The service number the recipients counted were sent under (<see cref="Recipient.ServiceNumberId"/>); null for none.</param>
    public static async Task AddAsync(KooMessageDbContext db, MessageStatisticScope scope, RecipientChannel channel, Guid? serviceNumberId, DateTime at,
        MessageCounts counts, CancellationToken cancellationToken)
    {
        if (counts.IsZero)
            return;
        using (db.AllowCrossTenantWrites())
            await db.AddToCountersAsync(MessageStatistic.Create(scope, channel, serviceNumberId, StatisticsSlots.Of(at), counts),
                MessageStatistic.Key, MessageStatistic.Counters, cancellationToken);
    }

    /// <summary>
    /// <paramref name="count"/> recipients of <paramref name="channel"/> were accepted by the gateway under
    /// <paramref name="serviceNumberId"/> at <paramref name="at"/>: sent then, and their submitted (counted
    /// without a service number when the task was created, before anyone knew it) move to that service number,
    /// so every counter of a recipient is in the group of the service number it records.
    /// </summary>
    public static async Task AddSentAsync(KooMessageDbContext db, MessageStatisticScope scope, DateTime taskCreatedAt, RecipientChannel channel,
        Guid? serviceNumberId, DateTime at, int count, CancellationToken cancellationToken)
    {
        await AddAsync(db, scope, channel, serviceNumberId, at, new MessageCounts(Sent: count), cancellationToken);
        if (serviceNumberId is null || count == 0)
            return;
        await AddAsync(db, scope, channel, null, taskCreatedAt, new MessageCounts(Submitted: -count), cancellationToken);
        await AddAsync(db, scope, channel, serviceNumberId, taskCreatedAt, new MessageCounts(Submitted: count), cancellationToken);
    }

    /// <summary>
    /// Recipients whose receipt overtook the dispatcher's record of their hand-over were counted without a service number
    /// (the receipt could not know one): sent and their outcome at the receipt's time (<paramref name="answered"/>), submitted
    /// at the task's creation. Once the record names the service number they were sent under, those counters move to it.
    /// </summary>
    public static async Task MoveOvertakenAsync(KooMessageDbContext db, MessageStatisticScope scope, DateTime taskCreatedAt, RecipientChannel channel,
        Guid serviceNumberId, IReadOnlyList<(RecipientState Outcome, DateTime At, int Count)> answered, CancellationToken cancellationToken)
    {
        foreach (var (outcome, at, count) in answered)
        {
            var counts = MessageCounts.Answered(outcome, count) with { Sent = count };
            await AddAsync(db, scope, channel, null, at, -counts, cancellationToken);
            await AddAsync(db, scope, channel, serviceNumberId, at, counts, cancellationToken);
        }
        var moved = answered.Sum(a => a.Count);
        await AddAsync(db, scope, channel, null, taskCreatedAt, new MessageCounts(Submitted: -moved), cancellationToken);
        await AddAsync(db, scope, channel, serviceNumberId, taskCreatedAt, new MessageCounts(Submitted: moved), cancellationToken);
    }

    /// <summary>A click on <paramref name="link"/> at <paramref name="at"/>; <paramref name="first"/> when it was the link's first (a unique click).</summary>
    public static async Task AddClickAsync(KooMessageDbContext db, ShortLink link, DateTime at, bool first, CancellationToken cancellationToken)
    {
        var recipient = await db.Set<Recipient>().IgnoreQueryFilters().Where(r => r.Id == link.RecipientId)
            .Select(r => new { r.Channel, r.ServiceNumberId }).FirstAsync(cancellationToken);
        var scope = await MessageStatisticScope.Select(db.Set<SendTask>().IgnoreQueryFilters().Where(t => t.Id == link.TaskId)).FirstAsync(cancellationToken);
        await AddAsync(db, scope, recipient.Channel, recipient.ServiceNumberId, at, new MessageCounts(Clicks: 1, UniqueClicks: first ? 1 : 0), cancellationToken);
    }
}
