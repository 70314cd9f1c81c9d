namespace KooMessage.Platform.Tenancy;

/// <summary>Configuration section "Tenancy".</summary>
public sealed class TenancyOptions
{
    public const string Section = "Tenancy";

    /// <summary>
    /// Optional host template for host-based resolution, e.g. "{slug}.koomessage.example.com". Off
    /// when empty. A tenant principal on another tenant's host is refused.
    /// </summary>
    public string? HostTemplate { get; set; }
}
