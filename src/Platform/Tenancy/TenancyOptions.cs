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

    /// <summary>How many verified API keys and active tenants each instance keeps in memory (0: none, every request reads the database).</summary>
    public int CredentialCacheSize { get; set; } = 10_000;

    /// <summary>
    /// How long a kept key or tenant is trusted without reading it again. Revocations and suspensions
    /// take effect at once through the event bus; this bounds what a lost event could leave behind.
    /// </summary>
    public TimeSpan CredentialCacheDuration { get; set; } = TimeSpan.FromMinutes(5);
}
