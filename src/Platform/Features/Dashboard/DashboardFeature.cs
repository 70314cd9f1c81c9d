namespace KooMessage.Platform.Features.Dashboard;

/// <summary>The overview (总览) and its live subscription: the query and subscription fields register by convention; this adds the hub they share and the browser page that shows them.</summary>
public static class DashboardFeature
{
    public static IServiceCollection AddDashboard(this IServiceCollection services) => services.AddSingleton<DashboardHub>();

    /// <summary>The <c>/dashboard</c> page and its script and stylesheet.</summary>
    public static void MapDashboard(this IEndpointRouteBuilder endpoints) => DashboardPageEndpoint.Map(endpoints);
}
