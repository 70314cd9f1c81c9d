using KooMessage.Platform.Events;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Subscriptions;

public static class EventBusWaits
{
    /// <summary>
    /// Waits (bounded) until <paramref name="topic"/> has at least <paramref name="count"/> subscribers on
    /// the instance: a subscribe message is acted on asynchronously, and an event published before the
    /// server subscribed would be missed.
    /// </summary>
    public static async Task WaitForSubscribersAsync(this PlatformHost host, string topic, int count = 1, TimeSpan? timeout = null)
    {
        var bus = host.Services.GetRequiredService<InMemoryEventBus>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (bus.SubscriberCount(topic) < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"'{topic}' has {bus.SubscriberCount(topic)} subscribers, expected {count}.");
            await Task.Delay(10);
        }
    }

    /// <summary>Publishes on the instance's bus, as a mutation would.</summary>
    public static ValueTask PublishAsync(this PlatformHost host, TestEvent message)
        => host.Services.GetRequiredService<IEventBus>().PublishAsync(TestEvent.Topic, message);
}
