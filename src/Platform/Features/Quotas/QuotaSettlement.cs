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
            long left = (long)count * holds[0].Units;
            foreach (var hold in holds)
            {
                var take = (int)Math.Min(left, hold.Reserved - hold.Consumed - hold.Released);
                if (take <= 0)
                    continue;
                var moved = await db.Set<QuotaHold>().IgnoreQueryFilters()
                    .Where(h => h.Id == hold.Id && h.Reserved - h.Consumed - h.Released >= take)
                    .ExecuteUpdateAsync(s => s.SetProperty(h => h.Consumed, h => h.Consumed + take), cancellationToken);
                if (moved == 0)
                    continue;
                await db.Set<QuotaPackage>().IgnoreQueryFilters().Where(p => p.Id == hold.PackageId)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.Reserved, p => p.Reserved - take).SetProperty(p => p.Consumed, p => p.Consumed + take),
                        cancellationToken);
                entries.Add(QuotaEntry.Of(QuotaEntryKind.Consumption, hold.TenantId, hold.PackageId, hold.Product, take, taskId));
                left -= take;
                if (left == 0)
                    break;
            }
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
        var entries = new List<QuotaEntry>();
        long left = (long)expired * holds[0].Units;
        foreach (var hold in holds)
        {
            var give = (int)Math.Min(left, hold.Consumed);
            if (give <= 0)
                continue;
            var moved = await db.Set<QuotaHold>().IgnoreQueryFilters().Where(h => h.Id == hold.Id && h.Consumed >= give)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.Consumed, h => h.Consumed - give).SetProperty(h => h.Released, h => h.Released + give), cancellationToken);
            if (moved == 0)
                continue;
            await db.Set<QuotaPackage>().IgnoreQueryFilters().Where(p => p.Id == hold.PackageId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Consumed, p => p.Consumed - give), cancellationToken);
            entries.Add(QuotaEntry.Of(QuotaEntryKind.Refund, hold.TenantId, hold.PackageId, hold.Product, give, taskId));
            left -= give;
            if (left == 0)
                break;
        }
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
        var entries = new List<QuotaEntry>();
        var left = excess;
        foreach (var hold in await HoldsAsync(db, taskId, product, oldestFirst: false, cancellationToken))
        {
            var give = (int)Math.Min(left, hold.Reserved - hold.Consumed - hold.Released);
            if (give <= 0)
                continue;
            var released = await db.Set<QuotaHold>().IgnoreQueryFilters()
                .Where(h => h.Id == hold.Id && h.Reserved - h.Consumed - h.Released >= give)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.Released, h => h.Released + give), cancellationToken);
            if (released == 0)
                continue;
            await db.Set<QuotaPackage>().IgnoreQueryFilters().Where(p => p.Id == hold.PackageId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Reserved, p => p.Reserved - give), cancellationToken);
            entries.Add(QuotaEntry.Of(QuotaEntryKind.Refund, hold.TenantId, hold.PackageId, hold.Product, give, taskId));
            left -= give;
            if (left == 0)
                break;
        }
        await WriteAsync(db, entries, cancellationToken);
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
