using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>
/// <see cref="DispatchOptions.MessagesPerSecondPerTenant"/> for the whole deployment, not per instance:
/// each tenant's tokens are one row (<see cref="TenantRateBucket"/>) that every instance's dispatcher
/// takes from. A take reads the row, refills it by the time passed (up to a second's worth: the burst),
/// and writes the rest back only if the row's version is still the one read — one conditional UPDATE,
/// atomic on every provider — so of two instances taking at once one wins and the other reads again.
/// When the bucket is short the taker waits for the time the missing tokens take to come, then reads
/// again; it takes what is there once that is a quarter second's worth (or all it asked for), so
/// instances sharing a tenant take turns in sizeable batches rather than one token each.
/// </summary>
public sealed class TenantRateLimiter(IOptions<DispatchOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan ShortestWait = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(1);

    private double Rate => Math.Max(1, options.Value.MessagesPerSecondPerTenant);

    /// <summary>Takes between one and <paramref name="wanted"/> tokens of the tenant's bucket, waiting for them as long as it takes.</summary>
    /// <returns>How many were taken: the caller sends that many messages at most and gives back what it did not use.</returns>
    public async Task<int> TakeAsync(KooMessageDbContext db, Guid tenantId, int wanted, CancellationToken cancellationToken)
    {
        wanted = Math.Max(1, wanted);
        var rate = Rate;
        var enough = Math.Min(wanted, Math.Max(1, (int)(rate / 4)));
        var buckets = db.Set<TenantRateBucket>();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var now = clock.GetUtcNow().UtcDateTime;
            var bucket = await buckets.AsNoTracking().Where(b => b.TenantId == tenantId)
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
            {
                var taken = (int)Math.Min(wanted, Math.Floor(available));
                var left = available - taken;
                var version = bucket.Version;
                if (await buckets.Where(b => b.TenantId == tenantId && b.Version == version)
                        .ExecuteUpdateAsync(s => s.SetProperty(b => b.Tokens, left).SetProperty(b => b.RefilledAt, refilledAt)
                            .SetProperty(b => b.Version, version + 1), cancellationToken) == 1)
                    return taken;
                // Another instance took from the bucket since it was read: read it again.
                continue;
            }
            var wait = TimeSpan.FromSeconds((enough - available) / rate);
            await Task.Delay(wait < ShortestWait ? ShortestWait : wait > LongestWait ? LongestWait : wait, clock, cancellationToken);
        }
    }

    /// <summary>Returns tokens taken but not spent (a batch smaller than its grant): one atomic increment.</summary>
    public async Task GiveBackAsync(KooMessageDbContext db, Guid tenantId, int unused, CancellationToken cancellationToken)
    {
        if (unused <= 0)
            return;
        await db.Set<TenantRateBucket>().Where(b => b.TenantId == tenantId)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Tokens, b => b.Tokens + unused).SetProperty(b => b.Version, b => b.Version + 1), cancellationToken);
    }

    /// <summary>A tenant's first take: a full bucket. Two instances creating it at once collide on its key, and the loser reads the winner's.</summary>
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
