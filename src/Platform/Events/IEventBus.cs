namespace KooMessage.Platform.Events;

/// <summary>
/// Publish/subscribe by topic, across every instance of the platform (in-memory on one instance,
/// Redis when Redis:Configuration is set). Publishing never waits for subscribers.
/// </summary>
public interface IEventBus
{
    /// <summary>Publishes to every current subscriber of <paramref name="topic"/>, on every instance.</summary>
    ValueTask PublishAsync<TEvent>(string topic, TEvent message, CancellationToken cancellationToken = default)
        where TEvent : class, IPlatformEvent;

    /// <summary>
    /// Events published on <paramref name="topic"/> from the moment of subscription. Each subscriber
    /// has a bounded buffer; one that falls too far behind receives OnError and is dropped.
    /// </summary>
    IObservable<TEvent> Observe<TEvent>(string topic)
        where TEvent : class, IPlatformEvent;
}
