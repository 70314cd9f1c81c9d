using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Events;
using KooMessage.Platform.Features.SendTasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.Quotas;

/// <summary>
/// Reserves what a new task can consume, in the transaction that stores the task: per product, from
/// the tenant's usable packages oldest (earliest valid-to) first, each take a conditional UPDATE
/// (<c>SET Reserved = Reserved + @n WHERE Quantity - Reserved - Consumed &gt;= @n</c>) that holds on every
/// provider under concurrency — never an in-memory lock. Short: <see cref="LimitExceededError"/> with
/// what remains and what was needed, and the transaction rolls back every take.
/// </summary>
public sealed class QuotaReservations(KooMessageDbContext db, TimeProvider clock, IOptions<QuotaOptions> options, IEventBus bus,
    ILogger<QuotaReservations> logger)
{
    /// <summary>Re-plans after concurrent takes before giving up with a ConflictError (each round follows another task's commit).</summary>
    private const int MaxRounds = 20;

    /// <summary>Packages a new reservation may take from: granted, not revoked, valid now.</summary>
    public static IQueryable<QuotaPackage> Usable(IQueryable<QuotaPackage> packages, DateTime now)
        => packages.Where(p => p.RevokedAt == null && p.ValidFrom <= now && p.ValidTo > now);

    /// <returns>The products reserved (nothing when enforcement is off).</returns>
    public async Task<IReadOnlyList<QuotaProduct>> ReserveAsync(SendTask task, int plainSmsSegments, CancellationToken cancellationToken)
    {
        if (!options.Value.Enforce)
            return [];
        var now = clock.GetUtcNow().UtcDateTime;
        var reserved = new List<QuotaProduct>();
        foreach (var demand in QuotaRules.Demand(task.SubmittedByChannel(), plainSmsSegments))
        {
            await ReserveAsync(task, demand, now, cancellationToken);
            reserved.Add(demand.Product);
        }
        return reserved;
    }

    /// <summary>
    /// Fits a PREPARING task's reservation to what its preparation wrote, in the transaction that makes the task
    /// ready. Creation reserved from its own parse; the preparation parses the numbers again, and when the
    /// non-capable ranges changed in between, recipients moved between the card and its fallback (or to SKIPPED).
    /// A product that now needs more reserves the difference as creation does (a <see cref="DomainException"/>
    /// with <see cref="LimitExceededError"/> when the packages are short, and the caller's transaction takes
    /// nothing); one that needs less gives the excess back at once. Without this, the dispatcher sent what no
    /// hold covered, unmetered. A task created unmetered (enforcement off: no holds although it demanded
    /// something) stays unmetered.
    /// </summary>
    /// <returns>The products reserved more of.</returns>
    public async Task<IReadOnlyList<QuotaProduct>> RefitAsync(SendTask task, int plainSmsSegments, IReadOnlyList<QuotaDemand> demand,
        CancellationToken cancellationToken)
    {
        var holds = await db.Set<QuotaHold>().AsNoTracking().Where(h => h.TaskId == task.Id)
            .Select(h => new { h.Product, Left = h.Reserved - h.Consumed - h.Released }).ToListAsync(cancellationToken);
        var metered = holds.Count > 0 || (options.Value.Enforce && QuotaRules.Demand(task.SubmittedByChannel(), plainSmsSegments).Count == 0);
        if (!metered)
            return [];
        var now = clock.GetUtcNow().UtcDateTime;
        var reserved = new List<QuotaProduct>();
        foreach (var product in demand.Select(d => d.Product).Union(holds.Select(h => h.Product)).Distinct().Order())
        {
            var held = holds.Where(h => h.Product == product).Sum(h => (long)h.Left);
            var wanted = demand.FirstOrDefault(d => d.Product == product);
            var needed = wanted?.Needed ?? 0;
            if (needed > held)
            {
                await ReserveAsync(task, wanted! with { Needed = needed - held }, now, cancellationToken);
                reserved.Add(product);
            }
            else if (needed < held)
            {
                await QuotaSettlement.ReleaseExcessAsync(db, task.Id, product, held - needed, cancellationToken);
            }
        }
        return reserved;
    }

    /// <summary>
    /// One product: read the usable packages, plan the takes oldest first, take each with a conditional
    /// UPDATE. A take that finds its package emptied by a concurrent task (the UPDATE re-checks the
    /// committed row) re-reads and re-plans what is still needed; the rounds are bounded, and a need the
    /// packages no longer cover is refused.
    /// </summary>
    private async Task ReserveAsync(SendTask task, QuotaDemand demand, DateTime now, CancellationToken cancellationToken)
    {
        var product = demand.Product;
        var left = demand.Needed;
        for (var round = 0; round < MaxRounds && left > 0; round++)
        {
            var packages = await Usable(db.Set<QuotaPackage>(), now).Where(p => p.Product == product)
                .OrderBy(p => p.ValidTo).ThenBy(p => p.Id)
                .Select(p => new { p.Id, Remaining = p.Quantity - p.Reserved - p.Consumed })
                .ToListAsync(cancellationToken);
            var plan = QuotaRules.Allocate(left, packages.Select(p => (p.Id, p.Remaining)).ToList());
            if (plan.Count == 0)
                throw new DomainException(await ShortAsync(product, demand.Needed, now, cancellationToken));
            foreach (var (packageId, take) in plan)
            {
                var taken = await db.Set<QuotaPackage>()
                    .Where(p => p.Id == packageId && p.RevokedAt == null && p.Quantity - p.Reserved - p.Consumed >= take)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.Reserved, p => p.Reserved + take), cancellationToken);
                if (taken == 0)
                    break;
                db.Add(QuotaHold.Of(task.Id, packageId, product, demand.Units, take));
                db.Add(QuotaEntry.Of(QuotaEntryKind.Reservation, task.TenantId, packageId, product, take, task.Id));
                left -= take;
            }
        }
        if (left > 0)
            throw new DomainException(new ConflictError("Other tasks were reserving from the same packages; try again."));
    }

    /// <summary>After the task is stored: a <see cref="QuotaBalanceLow"/> event for each reserved product whose balance is now low.</summary>
    public async Task PublishLowBalancesAsync(Guid tenantId, IReadOnlyList<QuotaProduct> products, CancellationToken cancellationToken)
    {
        if (products.Count == 0)
            return;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var balance in await QuotaBalance.ReadAsync(db.Set<QuotaPackage>(), now, cancellationToken))
        {
            if (products.Contains(balance.Product) && QuotaRules.IsLow(balance.Remaining, balance.Granted, options.Value.LowBalancePercent))
                await bus.PublishOrLogAsync(QuotaBalanceLow.Topic, new QuotaBalanceLow(tenantId, balance.Product, balance.Remaining, balance.Granted), logger);
        }
    }

    private async Task<LimitExceededError> ShortAsync(QuotaProduct product, long needed, DateTime now, CancellationToken cancellationToken)
    {
        var remaining = await Usable(db.Set<QuotaPackage>(), now).Where(p => p.Product == product)
            .SumAsync(p => (long)(p.Quantity - p.Reserved - p.Consumed), cancellationToken);
        return new LimitExceededError((int)Math.Min(remaining, int.MaxValue),
            $"The task needs {needed} {EnumNames.Of(product)} units; the tenant's packages have {remaining} left.")
        {
            Remaining = (int)Math.Min(remaining, int.MaxValue),
            Needed = (int)Math.Min(needed, int.MaxValue),
        };
    }
}
