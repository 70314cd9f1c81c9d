namespace KooMessage.Platform.Features.Dashboard;

/// <summary>One message of <c>dashboardUpdated</c>: the overview now (shared by every subscriber of its scope) and what changed for this subscriber.</summary>
public sealed record DashboardUpdate(DashboardScope Scope, Overview Overview, IReadOnlyList<DashboardCounter> Changed);
