namespace KooMessage.Platform.Tenancy;

/// <summary>What a principal may do (DESIGN.md "Tenancy and security").</summary>
public enum Role
{
    /// <summary>Creates tenants, issues keys, suspends; may act on one tenant via X-Tenant-Id.</summary>
    PlatformAdmin,

    /// <summary>Approves or rejects what tenants submit, across tenants.</summary>
    PlatformReviewer,

    /// <summary>Administers one tenant, including its API keys.</summary>
    TenantAdmin,

    /// <summary>Works inside one tenant.</summary>
    TenantMember,
}
