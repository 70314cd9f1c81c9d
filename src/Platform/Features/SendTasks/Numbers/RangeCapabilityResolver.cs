using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// The default resolver [ours]: every valid number is capable unless its national number starts
/// with one of the operator's non-capable prefixes. Prefixes are grouped by length, so a check is a
/// handful of hash lookups whatever the list size.
/// </summary>
public sealed class RangeCapabilityResolver(KooMessageDbContext db) : ICapabilityResolver
{
    public async Task<Func<long, bool>> PrepareAsync(CancellationToken cancellationToken)
    {
        var prefixes = await db.Set<NonCapableRange>().Select(r => r.Prefix).ToListAsync(cancellationToken);
        var byLength = prefixes
            .GroupBy(p => p.Length)
            .Select(g => (Divisor: Pow10(11 - g.Key), Values: g.Select(long.Parse).ToHashSet()))
            .ToArray();
        if (byLength.Length == 0)
            return _ => true;
        return national =>
        {
            foreach (var (divisor, values) in byLength)
            {
                if (values.Contains(national / divisor))
                    return false;
            }
            return true;
        };
    }

    private static long Pow10(int exponent)
    {
        long value = 1;
        for (var i = 0; i < exponent; i++)
            value *= 10;
        return value;
    }
}
