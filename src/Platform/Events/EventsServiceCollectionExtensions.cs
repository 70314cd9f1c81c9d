namespace KooMessage.Platform.Events;

public static class EventsServiceCollectionExtensions
{
    public static IServiceCollection AddKooMessageEvents(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EventBusOptions>(configuration.GetSection(EventBusOptions.Section));
        services.AddSingleton<InMemoryEventBus>();
        services.AddSingleton<IEventBus>(sp => sp.GetRequiredService<InMemoryEventBus>());
        return services;
    }
}
