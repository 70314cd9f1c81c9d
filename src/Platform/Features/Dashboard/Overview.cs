namespace KooMessage.Platform.Features.Dashboard;

/// <summary>
/// The overview (总览) as of <see cref="At"/>: the tenant's part when the caller acts in a tenant, the
/// platform's when the caller is a platform principal (a platform admin with X-Tenant-Id gets both).
/// </summary>
public sealed record Overview(DateTime At, string TimeZone, TenantOverview? Tenant, PlatformOverview? Platform);
