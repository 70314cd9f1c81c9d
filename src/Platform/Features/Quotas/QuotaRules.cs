using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Features.Quotas;

/// <summary>What a task's messages cost, per product. Pure: no EF, no GraphQL.</summary>
public static class QuotaRules
{
    /// <summary>What one message costs: its product and units (a plain-SMS fallback costs its segments, everything else 1).</summary>
    public static (QuotaProduct Product, int Units)? CostOf(RecipientChannel channel, int plainSmsSegments) => channel switch
    {
        RecipientChannel.Smart => (QuotaProduct.SmartMessage, 1),
        RecipientChannel.PlainSms => (QuotaProduct.PlainSms, Math.Max(1, plainSmsSegments)),
        RecipientChannel.BasicEdition or RecipientChannel.Video => (QuotaProduct.BasicEdition, 1),
        _ => null,
    };

    /// <summary>
    /// What a task needs per product: its submitted recipients per channel times each message's units.
    /// <paramref name="submittedByChannel"/> never holds SKIPPED or invalid recipients, so they are never reserved.
    /// </summary>
    public static IReadOnlyList<QuotaDemand> Demand(IEnumerable<(RecipientChannel Channel, int Count)> submittedByChannel, int plainSmsSegments)
        => submittedByChannel
            .Select(c => (Cost: CostOf(c.Channel, plainSmsSegments), c.Count))
            .Where(c => c.Cost is not null && c.Count > 0)
            .GroupBy(c => c.Cost!.Value)
            .Select(g => new QuotaDemand(g.Key.Product, g.Key.Units, g.Sum(c => (long)c.Count) * g.Key.Units))
            .OrderBy(d => d.Product)
            .ToList();

    /// <summary>
    /// How to take <paramref name="needed"/> units from packages given oldest first (earliest valid-to):
    /// each package in turn gives what it has until the need is met. Empty when they hold too little.
    /// </summary>
    public static IReadOnlyList<(Guid PackageId, int Take)> Allocate(long needed, IReadOnlyList<(Guid PackageId, int Remaining)> oldestFirst)
    {
        if (needed <= 0 || oldestFirst.Sum(p => (long)Math.Max(0, p.Remaining)) < needed)
            return [];
        var takes = new List<(Guid, int)>();
        var left = needed;
        foreach (var (id, remaining) in oldestFirst)
        {
            if (left == 0)
                break;
            var take = (int)Math.Min(left, Math.Max(0, remaining));
            if (take == 0)
                continue;
            takes.Add((id, take));
            left -= take;
        }
        return takes;
    }

    /// <summary>Whether a balance is low: what remains is at most <paramref name="percent"/> % of what the usable packages granted.</summary>
    public static bool IsLow(long remaining, long granted, int percent) => granted > 0 && remaining * 100 <= granted * percent;
}
