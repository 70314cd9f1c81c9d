namespace KooMessage.Platform.Data;

/// <summary>
/// A tenant-owned entity some of whose rows belong to the platform and are shared with every
/// tenant (e.g. public smart templates). Shared rows are readable by all tenants; only platform
/// code inside an explicit cross-tenant scope may write them.
/// </summary>
public interface IPlatformShared : ITenantOwned
{
    bool IsPlatformShared { get; }
}
