using Microsoft.AspNetCore.Authorization;

namespace KooMessage.Platform.Http;

/// <summary>
/// The authorization policies plain endpoints name in <c>RequireAuthorization</c>. They run after
/// tenancy (the viewer and tenant are resolved), and refusals are written as GraphQL-shaped errors
/// by <see cref="GraphQLErrorAuthorizationResultHandler"/>, like every other refusal.
/// </summary>
public static class EndpointPolicies
{
    /// <summary>Any signed-in principal.</summary>
    public const string Authenticated = "authenticated";

    /// <summary>A principal working inside a resolved tenant (<see cref="TenantWorkerRequirement"/>).</summary>
    public const string TenantWorker = "tenant-worker";

    public static IServiceCollection AddEndpointPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Authenticated, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(TenantWorker, policy => policy.RequireAuthenticatedUser().AddRequirements(new TenantWorkerRequirement()));
        services.AddScoped<IAuthorizationHandler, TenantWorkerHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, GraphQLErrorAuthorizationResultHandler>();
        return services;
    }
}
