using System.ComponentModel;

namespace KooMessage.Platform.Tenancy;

[Description("What a principal may do: platform roles act across tenants, tenant roles inside one.")]
public enum Role
{
    [Description("Creates tenants, issues keys, suspends; may act on one tenant via X-Tenant-Id.")]
    PlatformAdmin,

    [Description("Approves or rejects what tenants submit, across tenants.")]
    PlatformReviewer,

    [Description("Administers one tenant, including its API keys.")]
    TenantAdmin,

    [Description("Works inside one tenant.")]
    TenantMember,
}
