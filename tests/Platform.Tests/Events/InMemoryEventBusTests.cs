using KooMessage.Platform.Events;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Tests.Events;

/// <summary>The in-process bus: delivery by topic and in order, bounded buffers, dropping slow subscribers.</summary>
public sealed class InMemoryEventBusTests
{
    private static InMemoryEventBus NewBus(int bufferSize = 256)
        => new(Options.Create(new EventBusOptions { SubscriberBufferSize = bufferSize }), TestMetrics.Create(), NullLogger<InMemoryEventBus>.Instance);

    [Fact]
    public async Task Subscribers_get_their_topics_events_in_order_and_nothing_else()
    {
        var bus = NewBus();
        var observer = new RecordingObserver<BusEvent>();
        using var subscription = bus.Observe<BusEvent>("orders").Subscribe(observer);
        await bus.PublishAsync("other-topic", new BusEvent(null, 0));
        for (var i = 1; i <= 50; i++)
            await bus.PublishAsync("orders", new BusEvent(null, i));
        for (var i = 1; i <= 50; i++)
            Assert.Equal(i, (await observer.NextAsync()).Sequence);
        Assert.Equal(1, bus.SubscriberCount("orders"));
        Assert.Equal(0, bus.SubscriberCount("other-topic"));
    }

    [Fact]
    public async Task Disposing_a_subscription_stops_delivery_and_removes_the_subscriber()
    {
        var bus = NewBus();
        var stopped = new RecordingObserver<BusEvent>();
        var kept = new RecordingObserver<BusEvent>();
        var subscription = bus.Observe<BusEvent>("t").Subscribe(stopped);
        using var other = bus.Observe<BusEvent>("t").Subscribe(kept);
        subscription.Dispose();
        subscription.Dispose();
        Assert.Equal(1, bus.SubscriberCount("t"));

        await bus.PublishAsync("t", new BusEvent(null, 1));
        Assert.Equal(1, (await kept.NextAsync()).Sequence);
        Assert.Empty(stopped.Drain());
        Assert.False(stopped.Ended.IsCompleted);
    }

    [Fact]
    public async Task A_subscriber_that_falls_behind_is_dropped_with_an_error_and_never_slows_publishing()
    {
        const int buffer = 4;
        var bus = NewBus(buffer);
        using var release = new ManualResetEventSlim();
        // Blocked until released below: a bound that could pass on a loaded machine would let it catch up.
        var slow = new RecordingObserver<BusEvent> { BeforeRecord = _ => release.Wait(TimeSpan.FromMinutes(5)) };
        var healthy = new RecordingObserver<BusEvent>();
        using var slowSubscription = bus.Observe<BusEvent>("t").Subscribe(slow);
        using var healthySubscription = bus.Observe<BusEvent>("t").Subscribe(healthy);

        for (var i = 1; i <= 20; i++)
        {
            var published = bus.PublishAsync("t", new BusEvent(null, i));
            Assert.True(published.IsCompletedSuccessfully, "Publishing must not wait for subscribers.");
            // The healthy subscriber keeps up (each event is awaited), so only the blocked one overflows.
            Assert.Equal(i, (await healthy.NextAsync()).Sequence);
        }
        Assert.Equal(1, bus.SubscriberCount("t"));

        release.Set();
        var error = await slow.Ended.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.IsType<SubscriberTooSlowException>(error);
        // It got what was buffered (the event it was blocked on plus a full buffer), in order, then the error.
        var received = slow.Drain().Select(e => e.Sequence).ToList();
        Assert.Equal(Enumerable.Range(1, received.Count), received);
        Assert.InRange(received.Count, buffer, buffer + 1);
    }

    [Fact]
    public async Task An_observer_that_throws_ends_its_own_subscription_only()
    {
        var bus = NewBus();
        var failing = new RecordingObserver<BusEvent> { BeforeRecord = e => { if (e.Sequence == 2) throw new InvalidOperationException("observer bug"); } };
        var healthy = new RecordingObserver<BusEvent>();
        using var a = bus.Observe<BusEvent>("t").Subscribe(failing);
        using var b = bus.Observe<BusEvent>("t").Subscribe(healthy);
        for (var i = 1; i <= 3; i++)
            await bus.PublishAsync("t", new BusEvent(null, i));

        Assert.Equal("observer bug", (await failing.Ended.WaitAsync(TimeSpan.FromSeconds(60)))?.Message);
        for (var i = 1; i <= 3; i++)
            Assert.Equal(i, (await healthy.NextAsync()).Sequence);
        Assert.Equal([1], failing.Drain().Select(e => e.Sequence));
        Assert.Equal(1, bus.SubscriberCount("t"));
    }

    [Fact]
    public async Task Where_filters_on_the_server_side_and_a_failing_filter_ends_the_stream()
    {
        var bus = NewBus();
        var tenant = Guid.NewGuid();
        var observer = new RecordingObserver<BusEvent>();
        using var subscription = bus.Observe<BusEvent>("t")
            .Where(e => e.Sequence == 99 ? throw new InvalidOperationException("filter bug") : e.TenantId == tenant)
            .Subscribe(observer);
        await bus.PublishAsync("t", new BusEvent(Guid.NewGuid(), 1));
        await bus.PublishAsync("t", new BusEvent(tenant, 2));
        await bus.PublishAsync("t", new BusEvent(tenant, 99));
        await bus.PublishAsync("t", new BusEvent(tenant, 3));

        Assert.Equal(2, (await observer.NextAsync()).Sequence);
        Assert.Equal("filter bug", (await observer.Ended.WaitAsync(TimeSpan.FromSeconds(60)))?.Message);
        Assert.Empty(observer.Drain());
    }
}
