namespace KooMessage.Platform.Events;

public static class EventsServiceCollectionExtensions
{
    /// <summary>The in-process bus; with Redis:Configuration set, the Redis bus on top of it (events reach every instance).</summary>
    public static IServiceCollection AddKooMessageEvents(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EventBusOptions>(configuration.GetSection(EventBusOptions.Section));
        services.Configure<RedisOptions>(configuration.GetSection(RedisOptions.Section));
        services.AddSingleton<InMemoryEventBus>();
        if (string.IsNullOrWhiteSpace(configuration[$"{RedisOptions.Section}:{nameof(RedisOptions.Configuration)}"]))
        {
            services.AddSingleton<IEventBus>(sp => sp.GetRequiredService<InMemoryEventBus>());
            return services;
        }
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<RedisEventBus>();
        services.AddSingleton<IEventBus>(sp => sp.GetRequiredService<RedisEventBus>());
        services.AddHostedService(sp => sp.GetRequiredService<RedisEventBus>());
        return services;
    }
}
