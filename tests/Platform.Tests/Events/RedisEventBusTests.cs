using System.Text.Json;
using KooMessage.Platform.Events;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KooMessage.Platform.Tests.Events;

/// <summary>The Redis bus against a real redis-server: two buses stand for two platform instances.</summary>
public sealed class RedisEventBusTests : IAsyncLifetime
{
    private readonly string _channel = TestRedis.NewChannel();
    private readonly List<(RedisEventBus Bus, RedisConnection Connection)> _buses = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var (bus, connection) in _buses)
        {
            await bus.StopAsync(CancellationToken.None);
            bus.Dispose();
            await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_event_reaches_every_instance_exactly_once()
    {
        var first = await StartBusAsync(TestRedis.Configuration);
        var second = await StartBusAsync(TestRedis.Configuration);
        var onFirst = new RecordingObserver<BusEvent>();
        var onSecond = new RecordingObserver<BusEvent>();
        using var a = first.Observe<BusEvent>("t").Subscribe(onFirst);
        using var b = second.Observe<BusEvent>("t").Subscribe(onSecond);
        var tenant = Guid.NewGuid();

        await first.PublishAsync("t", new BusEvent(tenant, 1));
        await second.PublishAsync("t", new BusEvent(tenant, 2));
        await first.PublishAsync("other-topic", new BusEvent(tenant, 0));
        await first.PublishAsync("t", new BusEvent(tenant, 3));

        // Each instance sees each event: its own at once, the other's via Redis (so the order may differ).
        Assert.Equal([1, 2, 3], (await TakeAsync(onFirst, 3)).Order());
        Assert.Equal([1, 2, 3], (await TakeAsync(onSecond, 3)).Order());

        // And only once: an echo of an instance's own event would arrive before a later event from the
        // other instance (Redis delivers a channel's messages in order), so the next event must be that one.
        await second.PublishAsync("t", new BusEvent(tenant, 4));
        Assert.Equal(4, (await onFirst.NextAsync()).Sequence);
        Assert.Equal(4, (await onSecond.NextAsync()).Sequence);
        await first.PublishAsync("t", new BusEvent(tenant, 5));
        Assert.Equal(5, (await onSecond.NextAsync()).Sequence);
        Assert.Equal(5, (await onFirst.NextAsync()).Sequence);
    }

    [Fact]
    public async Task Events_travel_as_json_envelopes_with_origin_topic_type_and_payload()
    {
        var bus = await StartBusAsync(TestRedis.Configuration);
        await using var raw = await ConnectionMultiplexer.ConnectAsync(TestRedis.Configuration);
        var messages = await raw.GetSubscriber().SubscribeAsync(RedisChannel.Literal(_channel));
        var tenant = Guid.NewGuid();

        await bus.PublishAsync("reviews", new BusEvent(tenant, 7));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var message = await messages.ReadAsync(timeout.Token);
        var envelope = JsonDocument.Parse((byte[])message.Message!).RootElement;

        Assert.Equal(32, envelope.GetProperty("origin").GetString()!.Length);
        Assert.Equal("reviews", envelope.GetProperty("topic").GetString());
        Assert.Equal(typeof(BusEvent).FullName, envelope.GetProperty("type").GetString());
        Assert.Equal(tenant, envelope.GetProperty("payload").GetProperty("tenantId").GetGuid());
        Assert.Equal(7, envelope.GetProperty("payload").GetProperty("sequence").GetInt32());
    }

    [Fact]
    public async Task Garbage_and_unknown_event_types_on_the_channel_are_ignored()
    {
        var publisher = await StartBusAsync(TestRedis.Configuration);
        var receiver = await StartBusAsync(TestRedis.Configuration);
        var observer = new RecordingObserver<BusEvent>();
        using var subscription = receiver.Observe<BusEvent>("t").Subscribe(observer);
        await using var raw = await ConnectionMultiplexer.ConnectAsync(TestRedis.Configuration);
        var channel = RedisChannel.Literal(_channel);

        await raw.GetSubscriber().PublishAsync(channel, "not json at all");
        await raw.GetSubscriber().PublishAsync(channel, """{"origin":"x","topic":"t","type":"System.Diagnostics.Process","payload":{}}""");
        await raw.GetSubscriber().PublishAsync(channel, """{"origin":"x","topic":"t","type":"KooMessage.Platform.Tests.Events.BusEvent","payload":"wrong shape"}""");
        await publisher.PublishAsync("t", new BusEvent(null, 42));

        Assert.Equal(42, (await observer.NextAsync()).Sequence);
        Assert.False(observer.Ended.IsCompleted);
    }

    [Fact]
    public async Task Publishing_never_throws_and_still_delivers_locally_when_Redis_is_unreachable()
    {
        // Port 1 on loopback: nothing listens there, so every connection attempt fails at once.
        var bus = await StartBusAsync("127.0.0.1:1,connectTimeout=200,connectRetry=0,asyncTimeout=200,syncTimeout=200");
        var observer = new RecordingObserver<BusEvent>();
        using var subscription = bus.Observe<BusEvent>("t").Subscribe(observer);

        var published = bus.PublishAsync("t", new BusEvent(null, 1));
        Assert.True(published.IsCompletedSuccessfully);
        Assert.Equal(1, (await observer.NextAsync()).Sequence);
    }

    private static async Task<List<int>> TakeAsync(RecordingObserver<BusEvent> observer, int count)
    {
        var received = new List<int>();
        for (var i = 0; i < count; i++)
            received.Add((await observer.NextAsync()).Sequence);
        return received;
    }

    private async Task<RedisEventBus> StartBusAsync(string configuration)
    {
        var metrics = TestMetrics.Create();
        var local = new InMemoryEventBus(Options.Create(new EventBusOptions()), metrics, NullLogger<InMemoryEventBus>.Instance);
        var options = Options.Create(new RedisOptions { Configuration = configuration, Channel = _channel });
        var connection = new RedisConnection(options, NullLogger<RedisConnection>.Instance);
        var bus = new RedisEventBus(local, connection, options, metrics, NullLogger<RedisEventBus>.Instance);
        _buses.Add((bus, connection));
        await bus.StartAsync(CancellationToken.None);
        return bus;
    }
}
