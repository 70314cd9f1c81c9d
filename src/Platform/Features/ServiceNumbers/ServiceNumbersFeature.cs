namespace KooMessage.Platform.Features.ServiceNumbers;

public static class ServiceNumbersFeature
{
    /// <summary>Options, the activation job, and the per-token rate limit of the click-event endpoint.</summary>
    public static IServiceCollection AddServiceNumbers(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ServiceNumberOptions>(configuration.GetSection(ServiceNumberOptions.Section));
        services.AddHostedService<ServiceNumberActivationJob>();
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, ServiceNumberEventsRateLimitPolicy>(ServiceNumberEventsEndpoint.RateLimitPolicy));
        return services;
    }

    /// <summary>The click-event and report-export endpoints.</summary>
    public static void MapServiceNumbers(this IEndpointRouteBuilder endpoints)
    {
        ServiceNumberEventsEndpoint.Map(endpoints);
        ServiceNumberReportCsvEndpoint.Map(endpoints);
    }
}
