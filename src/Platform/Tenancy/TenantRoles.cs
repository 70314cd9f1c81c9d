namespace KooMessage.Platform.Tenancy;

/// <summary>Role sets used by many fields.</summary>
public static class TenantRoles
{
    /// <summary>Who works inside a tenant: its own users, and platform admins acting on it with X-Tenant-Id.</summary>
    public static readonly Role[] Workers = [Role.TenantAdmin, Role.TenantMember, Role.PlatformAdmin];
}
