namespace KooMessage.Platform.Features.Dashboard;

/// <summary>What a dashboard follows: subscribers with equal keys share one overview, computed once per tick.</summary>
/// <param name="TenantId">The tenant for <see cref="DashboardScope.Tenant"/>; null for <see cref="DashboardScope.Platform"/>.</param>
public sealed record DashboardKey(DashboardScope Scope, Guid? TenantId, string TimeZone);
