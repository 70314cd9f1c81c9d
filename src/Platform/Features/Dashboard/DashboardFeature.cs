namespace KooMessage.Platform.Features.Dashboard;

/// <summary>The overview (总览) and its live subscription: the query and subscription fields register by convention; this adds the hub they share.</summary>
public static class DashboardFeature
{
    public static IServiceCollection AddDashboard(this IServiceCollection services) => services.AddSingleton<DashboardHub>();
}
