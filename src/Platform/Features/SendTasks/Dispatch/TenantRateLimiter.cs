using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>
/// <see cref="DispatchOptions.MessagesPerSecondPerTenant"/> for the whole deployment, not per instance:
/// each tenant's tokens are one row (<see cref="TenantRateBucket"/>) that every instance's dispatcher
/// spends from. A dispatcher reads the row and refills it by the time passed (up to a second's worth:
/// the burst) — waiting, when the bucket is short, for the time the missing tokens take to come — then
/// sends a batch of at most that many and spends what it sent with one UPDATE conditional on the
/// version it read, atomic on every provider: of two instances spending the same tokens one wins, and
/// the other sends nothing and reads again. The spend can share the batch's own transaction, so tokens
/// are spent exactly when a batch is handed over. It waits until a quarter second's worth is there (or
/// all it asked for), so instances sharing a tenant take turns in sizeable batches rather than one
/// token each.
/// </summary>
public sealed class TenantRateLimiter(IOptions<DispatchOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan ShortestWait = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(1);

    private double Rate => Math.Max(1, options.Value.MessagesPerSecondPerTenant);

    /// <summary>Waits until the tenant's bucket holds enough for a batch of up to <paramref name="wanted"/>; reads only.</summary>
    public async Task<TenantRateGrant> WaitAsync(KooMessageDbContext db, Guid tenantId, int wanted, CancellationToken cancellationToken)
    {
        wanted = Math.Max(1, wanted);
        var rate = Rate;
        var enough = Math.Min(wanted, Math.Max(1, (int)(rate / 4)));
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var now = clock.GetUtcNow().UtcDateTime;
            var bucket = await db.Set<TenantRateBucket>().AsNoTracking().Where(b => b.TenantId == tenantId)
                .Select(b => new { b.Tokens, b.RefilledAt, b.Version }).FirstOrDefaultAsync(cancellationToken);
            if (bucket is null)
            {
                await CreateAsync(db, tenantId, rate, now, cancellationToken);
                continue;
            }
            // A clock behind the one that wrote last refills nothing until it catches up, and never winds the bucket back.
            var refilledAt = now > bucket.RefilledAt ? now : bucket.RefilledAt;
            var available = Math.Min(rate, bucket.Tokens + rate * (refilledAt - bucket.RefilledAt).TotalSeconds);
            if (available >= enough)
                return new TenantRateGrant(tenantId, (int)Math.Min(wanted, Math.Floor(available)), available, refilledAt, bucket.Version);
            var wait = TimeSpan.FromSeconds((enough - available) / rate);
            await Task.Delay(wait < ShortestWait ? ShortestWait : wait > LongestWait ? LongestWait : wait, clock, cancellationToken);
        }
    }

    /// <summary>Spends <paramref name="count"/> (at most the grant's) of a grant: one UPDATE, conditional on the bucket being as read.</summary>
    /// <returns>False when another instance spent from the bucket since: nothing was spent, and nothing may be sent on this grant.</returns>
    public async Task<bool> SpendAsync(KooMessageDbContext db, TenantRateGrant grant, int count, CancellationToken cancellationToken)
    {
        var left = grant.Available - Math.Min(count, grant.Count);
        return await db.Set<TenantRateBucket>().Where(b => b.TenantId == grant.TenantId && b.Version == grant.Version)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Tokens, left).SetProperty(b => b.RefilledAt, grant.RefilledAt)
                .SetProperty(b => b.Version, grant.Version + 1), cancellationToken) == 1;
    }

    /// <summary>A tenant's first batch: a full bucket. Two instances creating it at once collide on its key, and the loser reads the winner's.</summary>
    private static async Task CreateAsync(KooMessageDbContext db, Guid tenantId, double capacity, DateTime now, CancellationToken cancellationToken)
    {
        var bucket = TenantRateBucket.Full(tenantId, capacity, now);
        db.Add(bucket);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (UniqueConstraint.IsViolation(ex))
        {
            // The other instance's bucket is there now.
        }
        finally
        {
            db.Entry(bucket).State = EntityState.Detached;
        }
    }
}
