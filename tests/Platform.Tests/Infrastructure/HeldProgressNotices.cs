using KooMessage.Platform.Events;
using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// An <see cref="IEventBus"/> decorator that holds every task-progress notice until released; other events pass.
/// A preparation publishes one after each batch, outside any transaction, so a test that registers it
/// (<c>services.AddSingleton&lt;IEventBus&gt;(sp => held.Around(sp.GetRequiredService&lt;InMemoryEventBus&gt;()))</c>)
/// holds a big task's preparation at its first batch, still running and PREPARING, for as long as it needs.
/// </summary>
public sealed class HeldProgressNotices
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _released.TrySetResult();

    public IEventBus Around(IEventBus bus) => new Bus(bus, _released.Task);

    private sealed class Bus(IEventBus inner, Task released) : IEventBus
    {
        public async ValueTask PublishAsync<TEvent>(string topic, TEvent message, CancellationToken cancellationToken = default)
            where TEvent : class, IPlatformEvent
        {
            if (topic == SendTaskProgressed.Topic)
                await released.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
            await inner.PublishAsync(topic, message, cancellationToken);
        }

        public IObservable<TEvent> Observe<TEvent>(string topic)
            where TEvent : class, IPlatformEvent
            => inner.Observe<TEvent>(topic);
    }
}
