namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// Which service number a message shows (主页和菜单) when only its signature is known, as for a send task's
/// messages: the bindings of the channel numbers carrying the signature, to EFFECTIVE service numbers, decide
/// per region. A binding for the recipient's province wins over a NATIONWIDE one; among several for one
/// region (different channel numbers with the same signature) the oldest wins. Pure.
/// </summary>
public static class SenderIdentityRules
{
    /// <param name="bindings">Bindings to EFFECTIVE service numbers, oldest first.</param>
    public static IReadOnlyDictionary<Region, Guid> ByRegion(IEnumerable<(Guid ServiceNumberId, Region Region)> bindings)
    {
        var byRegion = new Dictionary<Region, Guid>();
        foreach (var (serviceNumberId, region) in bindings)
            byRegion.TryAdd(region, serviceNumberId);
        return byRegion;
    }

    /// <param name="province">The recipient's province; null when unknown (only NATIONWIDE applies).</param>
    public static Guid? Choose(IReadOnlyDictionary<Region, Guid> byRegion, Region? province)
        => province is { } p && byRegion.TryGetValue(p, out var local) ? local
            : byRegion.TryGetValue(Region.Nationwide, out var nationwide) ? nationwide
            : null;
}
