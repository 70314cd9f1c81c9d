using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using KooMessage.Platform.Observability;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KooMessage.Platform.Events;

/// <summary>
/// The bus across instances. Publishing delivers to this instance's subscribers at once and sends a
/// JSON <see cref="RedisEventEnvelope"/> to one Redis pub/sub channel; every other instance hands
/// what arrives to its own subscribers (its <see cref="InMemoryEventBus"/>), so bounded buffers and
/// server-side tenant filtering work the same everywhere. The multiplexer is the process's shared
/// <see cref="RedisConnection"/>.
/// </summary>
public sealed class RedisEventBus(
    InMemoryEventBus local,
    RedisConnection connection,
    IOptions<RedisOptions> options,
    PlatformMetrics metrics,
    ILogger<RedisEventBus> logger) : IEventBus, IHostedService, IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Waits between attempts to establish the channel subscription while Redis is unreachable at start-up.</summary>
    private static readonly TimeSpan SubscribeRetryDelay = TimeSpan.FromSeconds(5);

    private readonly string _origin = connection.Origin;
    private readonly RedisChannel _channel = RedisChannel.Literal(options.Value.Channel);

    // Only types some local code observes are ever deserialized: an envelope cannot make this instance
    // instantiate an arbitrary type, and events nobody here listens to cost one dictionary miss.
    private readonly ConcurrentDictionary<string, Type> _observedTypes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private ConnectionMultiplexer? _redis;
    private ChannelMessageQueue? _messages;

    public ValueTask PublishAsync<TEvent>(string topic, TEvent message, CancellationToken cancellationToken = default)
        where TEvent : class, IPlatformEvent
    {
        metrics.EventsPublished.Add(1);
        local.Deliver(topic, message);
        byte[] envelope;
        try
        {
            envelope = JsonSerializer.SerializeToUtf8Bytes(
                new RedisEventEnvelope(_origin, topic, TypeName(typeof(TEvent)), JsonSerializer.SerializeToElement(message, Json)), Json);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            logger.LogError(ex, "Event {Type} on '{Topic}' could not be serialized; other instances will not see it", typeof(TEvent).Name, topic);
            return ValueTask.CompletedTask;
        }
        // Fire and forget: the mutation that published must never wait for, or fail because of, Redis.
        _ = SendAsync(topic, envelope);
        return ValueTask.CompletedTask;
    }

    public IObservable<TEvent> Observe<TEvent>(string topic)
        where TEvent : class, IPlatformEvent
    {
        _observedTypes.TryAdd(TypeName(typeof(TEvent)), typeof(TEvent));
        return local.Observe<TEvent>(topic);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Starts (and keeps serving this instance's own subscribers) even while Redis is down; the
        // multiplexer keeps reconnecting in the background.
        _redis = await connection.GetAsync();
        if (!await TrySubscribeAsync())
            _ = RetrySubscribeAsync();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_messages is { } messages)
        {
            try
            {
                await messages.UnsubscribeAsync();
            }
            catch (RedisException ex)
            {
                logger.LogDebug(ex, "Unsubscribing from Redis at shutdown failed");
            }
        }
    }

    public void Dispose() => _stopping.Dispose();

    private static string TypeName(Type type) => type.FullName ?? type.Name;

    private async Task SendAsync(string topic, byte[] envelope)
    {
        try
        {
            if (_redis is null)
                throw new InvalidOperationException("The Redis event bus has not started.");
            await _redis.GetSubscriber().PublishAsync(_channel, envelope);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Publishing an event on '{Topic}' to Redis failed; other instances will not see it", topic);
        }
    }

    private async Task<bool> TrySubscribeAsync()
    {
        try
        {
            var messages = await _redis!.GetSubscriber().SubscribeAsync(_channel);
            messages.OnMessage(Receive);
            _messages = messages;
            return true;
        }
        catch (RedisException ex)
        {
            logger.LogError(ex, "Subscribing to Redis channel {Channel} failed; retrying every {Delay}", options.Value.Channel, SubscribeRetryDelay);
            return false;
        }
    }

    private async Task RetrySubscribeAsync()
    {
        using var timer = new PeriodicTimer(SubscribeRetryDelay);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token) && !await TrySubscribeAsync())
            {
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    private void Receive(ChannelMessage message)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<RedisEventEnvelope>((byte[])message.Message!, Json);
            if (envelope is null || envelope.Origin == _origin || !_observedTypes.TryGetValue(envelope.Type, out var type))
                return;
            if (envelope.Payload.Deserialize(type, Json) is IPlatformEvent platformEvent)
                local.Deliver(envelope.Topic, platformEvent);
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "Ignored a malformed event envelope on Redis channel {Channel}", options.Value.Channel);
        }
    }
}
