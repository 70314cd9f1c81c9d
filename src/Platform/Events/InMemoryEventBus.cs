using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading.Channels;
using KooMessage.Platform.Observability;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Events;

/// <summary>
/// Delivery within this process: the whole bus on a single instance, and the local half of the
/// Redis bus. Every subscriber owns a bounded channel drained by its own pump, so a publisher only
/// ever does non-blocking writes; a full channel drops that subscriber with
/// <see cref="SubscriberTooSlowException"/> instead of growing memory.
/// </summary>
public sealed class InMemoryEventBus(IOptions<EventBusOptions> options, PlatformMetrics metrics, ILogger<InMemoryEventBus> logger) : IEventBus
{
    // Copy-on-write lists: publishing (every event) iterates without locks; subscribing is the rare write.
    private readonly ConcurrentDictionary<string, ImmutableArray<Subscriber>> _topics = new(StringComparer.Ordinal);
    private readonly int _bufferSize = Math.Max(1, options.Value.SubscriberBufferSize);
    private readonly ILogger _logger = logger;
    private readonly PlatformMetrics _metrics = metrics;

    public ValueTask PublishAsync<TEvent>(string topic, TEvent message, CancellationToken cancellationToken = default)
        where TEvent : class, IPlatformEvent
    {
        _metrics.EventsPublished.Add(1);
        Deliver(topic, message);
        return ValueTask.CompletedTask;
    }

    /// <summary>Hands an event to this instance's subscribers of <paramref name="topic"/> (also the entry point of events from other instances).</summary>
    public void Deliver(string topic, IPlatformEvent message)
    {
        if (!_topics.TryGetValue(topic, out var subscribers))
            return;
        foreach (var subscriber in subscribers)
            subscriber.Offer(message);
    }

    /// <summary>How many subscribers <paramref name="topic"/> has on this instance right now.</summary>
    public int SubscriberCount(string topic) => _topics.TryGetValue(topic, out var subscribers) ? subscribers.Length : 0;

    public IObservable<TEvent> Observe<TEvent>(string topic)
        where TEvent : class, IPlatformEvent
        => new TopicObservable<TEvent>(this, topic);

    private void Add(Subscriber subscriber)
        => _topics.AddOrUpdate(subscriber.Topic, _ => [subscriber], (_, list) => list.Add(subscriber));

    private void Remove(Subscriber subscriber)
    {
        var topic = subscriber.Topic;
        while (_topics.TryGetValue(topic, out var list))
        {
            var next = list.Remove(subscriber);
            if (next.Length == list.Length)
                return;
            // An emptied topic is dropped so topics named after short-lived things do not accumulate.
            var replaced = next.IsEmpty
                ? _topics.TryRemove(new KeyValuePair<string, ImmutableArray<Subscriber>>(topic, list))
                : _topics.TryUpdate(topic, next, list);
            if (replaced)
                return;
        }
    }

    private sealed class TopicObservable<TEvent>(InMemoryEventBus bus, string topic) : IObservable<TEvent>
        where TEvent : class, IPlatformEvent
    {
        public IDisposable Subscribe(IObserver<TEvent> observer)
        {
            ArgumentNullException.ThrowIfNull(observer);
            var subscriber = new Subscriber(bus, topic, message =>
            {
                if (message is TEvent typed)
                    observer.OnNext(typed);
            }, observer.OnError);
            bus.Add(subscriber);
            return subscriber;
        }
    }

    /// <summary>One subscriber: a bounded channel and the pump that hands its events to the observer, in order, one at a time.</summary>
    private sealed class Subscriber : IDisposable
    {
        private readonly InMemoryEventBus _bus;
        private readonly Channel<IPlatformEvent> _channel;
        private readonly CancellationTokenSource _stop = new();
        private int _stopped;

        public Subscriber(InMemoryEventBus bus, string topic, Action<IPlatformEvent> onNext, Action<Exception> onError)
        {
            _bus = bus;
            Topic = topic;
            _channel = Channel.CreateBounded<IPlatformEvent>(new BoundedChannelOptions(bus._bufferSize)
            {
                SingleReader = true,
                FullMode = BoundedChannelFullMode.Wait,
            });
            _ = PumpAsync(onNext, onError);
        }

        public string Topic { get; }

        public void Offer(IPlatformEvent message)
        {
            if (_channel.Writer.TryWrite(message))
            {
                _bus._metrics.EventsDelivered.Add(1);
                return;
            }
            // Full (or already failed): the observer gets what is buffered, then the error, and no more.
            if (_channel.Writer.TryComplete(new SubscriberTooSlowException(Topic, _bus._bufferSize)))
            {
                _bus._metrics.EventsDropped.Add(1);
                _bus._logger.LogWarning("A subscriber to '{Topic}' fell {Buffer} events behind and was dropped", Topic, _bus._bufferSize);
                _bus.Remove(this);
            }
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _stopped, 1) != 0)
                return;
            // Cancelled before completing, so the pump cannot mistake an unsubscription for the end of the stream.
            _stop.Cancel();
            _bus.Remove(this);
            _channel.Writer.TryComplete();
        }

        /// <summary>Runs until unsubscribed or failed: a topic never ends by itself, so observers never see OnCompleted.</summary>
        private async Task PumpAsync(Action<IPlatformEvent> onNext, Action<Exception> onError)
        {
            try
            {
                await foreach (var message in _channel.Reader.ReadAllAsync(_stop.Token))
                {
                    if (_stop.IsCancellationRequested)
                        return;
                    onNext(message);
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                // Unsubscribed: the observer asked for nothing more.
            }
            catch (Exception ex)
            {
                // The too-slow error, or an observer that threw: either way this subscription ends here.
                _bus.Remove(this);
                onError(ex);
            }
        }
    }
}
