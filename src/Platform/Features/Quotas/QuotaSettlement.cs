using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.Quotas;

/// <summary>
/// What happens to a task's reservation after creation, run by the system paths in the transactions
/// that change the recipients (dispatcher, receipts, completion, cancellation, failed preparations):
/// accepted messages consume it, expired ones are refunded, and what a finished task did not use is
/// released. Every change is a conditional UPDATE (hold first, then its package), so concurrent lanes
/// and receipts never take a hold or a package below zero. A task created while
/// <see cref="QuotaOptions.Enforce"/> was off has no holds: all of this does nothing for it.
/// </summary>
public static class QuotaSettlement
{
    /// <summary>The gateway accepted <paramref name="accepted"/> messages per channel: they consume the task's holds, oldest package first.</summary>
    public static async Task ConsumeAsync(KooMessageDbContext db, Guid taskId, IEnumerable<(RecipientChannel Channel, int Count)> accepted,
        CancellationToken cancellationToken)
    {
        var entries = new List<QuotaEntry>();
        foreach (var (channel, count) in accepted.Where(a => a.Count > 0))
        {
            if (QuotaRules.CostOf(channel, 1) is not { } cost)
                continue;
            var holds = await HoldsAsync(db, taskId, cost.Product, oldestFirst: true, cancellationToken);
            if (holds.Count == 0)
                continue;
            entries.AddRange(await SpreadAsync(holds, (long)count * holds[0].Units, QuotaEntryKind.Consumption, taskId, Unused, (hold, take) =>
                db.Set<QuotaHold>().IgnoreQueryFilters()
                    .Where(h => h.Id == hold.Id && h.Reserved - h.Consumed - h.Released >= take)
                    .ExecuteUpdateAsync(s => s.SetProperty(h => h.Consumed, h => h.Consumed + take), cancellationToken),
                (hold, take) => db.Set<QuotaPackage>().IgnoreQueryFilters().Where(p => p.Id == hold.PackageId)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.Reserved, p => p.Reserved - take).SetProperty(p => p.Consumed, p => p.Consumed + take),
                        cancellationToken)));
        }
        await WriteAsync(db, entries, cancellationToken);
    }

    /// <summary>
    /// Messages that EXPIRED (no receipt) are not charged: their consumed units go back, newest package first.
    /// On the hold they move from consumed to released, not back to reserved: the package no longer holds
    /// them for the task, so the release that ends the task (<see cref="ReleaseAsync"/>) finds nothing of
    /// them left to give back (it gave them back a second time, and the package's reserved went below zero).
    /// </summary>
    public static async Task RefundExpiredAsync(KooMessageDbContext db, Guid taskId, RecipientChannel channel, int expired, CancellationToken cancellationToken)
    {
        if (expired <= 0 || QuotaRules.CostOf(channel, 1) is not { } cost)
            return;
        var holds = await HoldsAsync(db, taskId, cost.Product, oldestFirst: false, cancellationToken);
        if (holds.Count == 0)
            return;
        var entries = await SpreadAsync(holds, (long)expired * holds[0].Units, QuotaEntryKind.Refund, taskId, h => h.Consumed, (hold, give) =>
            db.Set<QuotaHold>().IgnoreQueryFilters().Where(h => h.Id == hold.Id && h.Consumed >= give)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.Consumed, h => h.Consumed - give).SetProperty(h => h.Released, h => h.Released + give), cancellationToken),
            (hold, give) => db.Set<QuotaPackage>().IgnoreQueryFilters().Where(p => p.Id == hold.PackageId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Consumed, p => p.Consumed - give), cancellationToken));
        await WriteAsync(db, entries, cancellationToken);
    }

    /// <summary>
    /// The task ended (completed, failed, cancelled): what it reserved and did not consume — skipped
    /// at preparation, refused by the gateway, never sent — goes back to its packages.
    /// </summary>
    public static async Task ReleaseAsync(KooMessageDbContext db, Guid taskId, CancellationToken cancellationToken)
    {
        var entries = new List<QuotaEntry>();
        foreach (var hold in await db.Set<QuotaHold>().IgnoreQueryFilters().AsNoTracking()
                     .Where(h => h.TaskId == taskId && h.Reserved - h.Consumed - h.Released > 0).ToListAsync(cancellationToken))
        {
            var rest = hold.Reserved - hold.Consumed - hold.Released;
            // Conditional on the amount read: of two paths ending the task at once, one releases.
            var released = await db.Set<QuotaHold>().IgnoreQueryFilters()
                .Where(h => h.Id == hold.Id && h.Reserved - h.Consumed - h.Released == rest)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.Released, h => h.Released + rest), cancellationToken);
            if (released == 0)
                continue;
            await db.Set<QuotaPackage>().IgnoreQueryFilters().Where(p => p.Id == hold.PackageId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Reserved, p => p.Reserved - rest), cancellationToken);
            entries.Add(QuotaEntry.Of(QuotaEntryKind.Refund, hold.TenantId, hold.PackageId, hold.Product, rest, taskId));
        }
        await WriteAsync(db, entries, cancellationToken);
    }

    /// <summary>
    /// The task will send fewer <paramref name="product"/> messages than it reserved for (its preparation found
    /// fewer of them than its creation): <paramref name="excess"/> units go back to its packages at once, newest
    /// package first, rather than when the task ends.
    /// </summary>
    public static async Task ReleaseExcessAsync(KooMessageDbContext db, Guid taskId, QuotaProduct product, long excess, CancellationToken cancellationToken)
    {
        var holds = await HoldsAsync(db, taskId, product, oldestFirst: false, cancellationToken);
        var entries = await SpreadAsync(holds, excess, QuotaEntryKind.Refund, taskId, Unused, (hold, give) =>
            db.Set<QuotaHold>().IgnoreQueryFilters()
                .Where(h => h.Id == hold.Id && h.Reserved - h.Consumed - h.Released >= give)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.Released, h => h.Released + give), cancellationToken),
            (hold, give) => db.Set<QuotaPackage>().IgnoreQueryFilters().Where(p => p.Id == hold.PackageId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Reserved, p => p.Reserved - give), cancellationToken));
        await WriteAsync(db, entries, cancellationToken);
    }

    /// <summary>What a hold still reserves: neither consumed nor released.</summary>
    private static int Unused(QuotaHold hold) => hold.Reserved - hold.Consumed - hold.Released;

    /// <summary>
    /// Places <paramref name="units"/> on a task's holds in the order given, each taking what it can
    /// (<paramref name="available"/>, as read): <paramref name="moveHold"/> moves that many on the hold by a conditional
    /// UPDATE (0 rows when a concurrent path emptied it meanwhile: the hold is passed over), then
    /// <paramref name="movePackage"/> on its package. One ledger entry per hold moved.
    /// </summary>
    private static async Task<List<QuotaEntry>> SpreadAsync(IReadOnlyList<QuotaHold> holds, long units, QuotaEntryKind kind, Guid taskId,
        Func<QuotaHold, int> available, Func<QuotaHold, int, Task<int>> moveHold, Func<QuotaHold, int, Task<int>> movePackage)
    {
        var entries = new List<QuotaEntry>();
        var left = units;
        foreach (var hold in holds)
        {
            if (left == 0)
                break;
            var take = (int)Math.Min(left, available(hold));
            if (take <= 0 || await moveHold(hold, take) == 0)
                continue;
            await movePackage(hold, take);
            entries.Add(QuotaEntry.Of(kind, hold.TenantId, hold.PackageId, hold.Product, take, taskId));
            left -= take;
        }
        return entries;
    }

    private static Task<List<QuotaHold>> HoldsAsync(KooMessageDbContext db, Guid taskId, QuotaProduct product, bool oldestFirst,
        CancellationToken cancellationToken)
    {
        var holds = from h in db.Set<QuotaHold>().IgnoreQueryFilters().AsNoTracking()
                    join p in db.Set<QuotaPackage>().IgnoreQueryFilters() on h.PackageId equals p.Id
                    where h.TaskId == taskId && h.Product == product
                    select new { Hold = h, p.ValidTo };
        var ordered = oldestFirst ? holds.OrderBy(x => x.ValidTo).ThenBy(x => x.Hold.Id) : holds.OrderByDescending(x => x.ValidTo).ThenByDescending(x => x.Hold.Id);
        return ordered.Select(x => x.Hold).ToListAsync(cancellationToken);
    }

    /// <summary>System paths act outside any tenant: the entries carry the task's tenant explicitly.</summary>
    private static async Task WriteAsync(KooMessageDbContext db, List<QuotaEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
            return;
        using var _ = db.AllowCrossTenantWrites();
        await db.BulkInsertAsync(entries, cancellationToken);
    }
}
