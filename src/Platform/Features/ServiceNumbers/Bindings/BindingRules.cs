namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>Regions of bindings: NATIONWIDE covers every province, a province only itself. Pure.</summary>
public static class BindingRules
{
    public static bool Overlap(Region a, Region b) => a == Region.Nationwide || b == Region.Nationwide || a == b;

    /// <summary>Whether a binding for <paramref name="region"/> applies to a phone in <paramref name="province"/>.</summary>
    public static bool Covers(Region region, Region province) => region == Region.Nationwide || region == province;

    /// <summary>The existing region a new binding would overlap, if any.</summary>
    public static Region? FirstOverlap(IEnumerable<Region> existing, Region region)
    {
        foreach (var taken in existing)
        {
            if (Overlap(taken, region))
                return taken;
        }
        return null;
    }
}
