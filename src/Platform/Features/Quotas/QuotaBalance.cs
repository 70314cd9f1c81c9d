using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.Quotas;

/// <summary>
/// A tenant's balance of one product over its usable packages (not revoked, valid now): what they
/// granted, what tasks hold, what was consumed, and what new tasks may still reserve.
/// </summary>
public sealed record QuotaBalance(QuotaProduct Product, long Granted, long Reserved, long Consumed, long Remaining)
{
    /// <summary>One grouped SELECT over <paramref name="packages"/> (already filtered to a tenant); every product appears, empty ones with zeros.</summary>
    public static async Task<IReadOnlyList<QuotaBalance>> ReadAsync(IQueryable<QuotaPackage> packages, DateTime now, CancellationToken cancellationToken)
    {
        var sums = await QuotaReservations.Usable(packages, now)
            .GroupBy(p => p.Product)
            .Select(g => new
            {
                Product = g.Key,
                Granted = g.Sum(p => (long)p.Quantity),
                Reserved = g.Sum(p => (long)p.Reserved),
                Consumed = g.Sum(p => (long)p.Consumed),
            })
            .ToListAsync(cancellationToken);
        return Enum.GetValues<QuotaProduct>()
            .Select(product => sums.FirstOrDefault(s => s.Product == product) is { } s
                ? new QuotaBalance(product, s.Granted, s.Reserved, s.Consumed, s.Granted - s.Reserved - s.Consumed)
                : new QuotaBalance(product, 0, 0, 0, 0))
            .ToList();
    }
}
