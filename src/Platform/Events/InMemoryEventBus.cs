using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Events;

/// <summary>
/// The single-instance bus: delivers within this process. Every subscriber owns a bounded channel
/// drained by its own pump, so a publisher only ever does a non-blocking write; a full channel
/// drops that subscriber with <see cref="SubscriberTooSlowException"/> instead of growing memory.
/// </summary>
public sealed class InMemoryEventBus(IOptions<EventBusOptions> options) : IEventBus
{
    private readonly ConcurrentDictionary<string, ImmutableArray<Subscriber>> _topics = new(StringComparer.Ordinal);
    private readonly int _bufferSize = options.Value.SubscriberBufferSize;

    public ValueTask PublishAsync<TEvent>(string topic, TEvent message, CancellationToken cancellationToken = default)
        where TEvent : class, IPlatformEvent
    {
        Deliver(topic, message);
        return ValueTask.CompletedTask;
    }

    /// <summary>Hands an event to this instance's subscribers (also the entry point of events arriving from other instances).</summary>
    public void Deliver(string topic, object message)
    {
        if (!_topics.TryGetValue(topic, out var subscribers))
            return;
        foreach (var subscriber in subscribers)
            subscriber.Offer(message);
    }

    public IObservable<TEvent> Observe<TEvent>(string topic)
        where TEvent : class, IPlatformEvent
        => new TopicObservable<TEvent>(this, topic);

    private void Add(string topic, Subscriber subscriber)
        => _topics.AddOrUpdate(topic, _ => [subscriber], (_, list) => list.Add(subscriber));

    private void Remove(string topic, Subscriber subscriber)
        => _topics.AddOrUpdate(topic, _ => [], (_, list) => list.Remove(subscriber));

    private sealed class TopicObservable<TEvent>(InMemoryEventBus bus, string topic) : IObservable<TEvent>
        where TEvent : class
    {
        public IDisposable Subscribe(IObserver<TEvent> observer)
        {
            var subscriber = new Subscriber(topic, bus._bufferSize,
                message => { if (message is TEvent typed) observer.OnNext(typed); }, observer.OnError, observer.OnCompleted);
            bus.Add(topic, subscriber);
            return new Unsubscriber(() =>
            {
                bus.Remove(topic, subscriber);
                subscriber.Stop();
            });
        }
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                dispose();
        }
    }

    /// <summary>One subscriber: a bounded channel and the pump that hands its events to the observer in order.</summary>
    private sealed class Subscriber
    {
        private readonly Channel<object> _channel;
        private readonly string _topic;
        private readonly int _capacity;
        private readonly CancellationTokenSource _stop = new();

        public Subscriber(string topic, int capacity, Action<object> onNext, Action<Exception> onError, Action onCompleted)
        {
            _topic = topic;
            _capacity = capacity;
            _channel = Channel.CreateBounded<object>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
            _ = PumpAsync(onNext, onError, onCompleted);
        }

        public void Offer(object message)
        {
            if (!_channel.Writer.TryWrite(message))
                _channel.Writer.TryComplete(new SubscriberTooSlowException(_topic, _capacity));
        }

        public void Stop()
        {
            _channel.Writer.TryComplete();
            _stop.Cancel();
        }

        private async Task PumpAsync(Action<object> onNext, Action<Exception> onError, Action onCompleted)
        {
            try
            {
                await foreach (var message in _channel.Reader.ReadAllAsync(_stop.Token))
                    onNext(message);
                onCompleted();
            }
            catch (OperationCanceledException)
            {
                // Unsubscribed: nothing more to tell the observer.
            }
            catch (Exception ex)
            {
                onError(ex);
            }
        }
    }
}
