namespace KooMessage.Platform.Features.Dashboard;

/// <summary>The overview (总览), its live subscription and the <c>/dashboard</c> page; the query and subscription fields register by convention.</summary>
public static class DashboardFeature
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddSingleton<DashboardHub>();
        return services;
    }

    public static void MapDashboard(this IEndpointRouteBuilder endpoints) => DashboardPage.Map(endpoints);
}
