namespace KooMessage.Platform.Features.Quotas;

/// <summary>Configuration section "Quotas".</summary>
public sealed class QuotaOptions
{
    public const string Section = "Quotas";

    /// <summary>
    /// Whether task creation reserves from the tenant's packages and is refused when they hold too little.
    /// Off by default, so a fresh `dotnet run` sends without grants; off, nothing is reserved, consumed or refused.
    /// </summary>
    public bool Enforce { get; set; }

    /// <summary>A QuotaBalanceLow event is published when a reservation leaves at most this percentage of a product's usable grants.</summary>
    public int LowBalancePercent { get; set; } = 10;
}
