namespace KooMessage.Platform.Data;

/// <summary>
/// Marks an entity that lives inside one tenant's workspace. The DbContext filters every query
/// on such entities by the current tenant and refuses writes to another tenant's rows.
/// </summary>
public interface ITenantOwned
{
    Guid TenantId { get; set; }
}
