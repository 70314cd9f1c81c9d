namespace KooMessage.Platform.Tenancy;

public enum TenantStatus
{
    Active,

    /// <summary>Suspended by a platform admin: the tenant's keys stop working until resumed.</summary>
    Suspended,
}
