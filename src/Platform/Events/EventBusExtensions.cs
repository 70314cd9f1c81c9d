namespace KooMessage.Platform.Events;

public static class EventBusExtensions
{
    /// <summary>
    /// Publishes a notification about work already committed: a failure is logged, never thrown,
    /// because it must not turn a saved change into an error.
    /// </summary>
    public static async Task PublishOrLogAsync<TEvent>(this IEventBus bus, string topic, TEvent message, ILogger logger)
        where TEvent : class, IPlatformEvent
    {
        try
        {
            await bus.PublishAsync(topic, message);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Publishing {EventType} on '{Topic}' failed", typeof(TEvent).Name, topic);
        }
    }
}
