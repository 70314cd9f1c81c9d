using GraphQL;

namespace KooMessage.Platform.Transport.Streaming;

/// <summary>
/// The subscriptions of this instance that resolve each event once for many subscribers. Subscribers
/// whose operations are equal (same document, operation and variables) and who see the same data
/// (same tenant and roles) get one shared stream: the source is subscribed and every event resolved
/// once, and the one result reaches each subscriber. The source is subscribed with the first
/// subscriber and let go with the last. Which subscriptions may share is decided by
/// <see cref="SubscriberScopedExecutionStrategy"/>.
/// </summary>
public sealed class SharedEventStreams
{
    private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private int _listeners;

    /// <summary>Subscribers attached to a shared stream right now, over all groups.</summary>
    public int ListenerCount => Volatile.Read(ref _listeners);

    /// <summary>Distinct shared streams right now (each one subscription to its source).</summary>
    public int GroupCount
    {
        get
        {
            lock (_lock)
                return _groups.Count;
        }
    }

    /// <summary>The shared stream for <paramref name="key"/>; <paramref name="source"/> is used only when no subscriber of the key is attached.</summary>
    public IObservable<ExecutionResult> Share(string key, IObservable<ExecutionResult> source) => new SharedObservable(this, key, source);

    private sealed class SharedObservable(SharedEventStreams owner, string key, IObservable<ExecutionResult> source) : IObservable<ExecutionResult>
    {
        public IDisposable Subscribe(IObserver<ExecutionResult> observer)
        {
            Group group;
            IDisposable listener;
            bool first;
            lock (owner._lock)
            {
                first = !owner._groups.TryGetValue(key, out var existing);
                group = existing ?? (owner._groups[key] = new Group(owner, key));
                // Added under the same lock that found the group: a group found here has not ended.
                listener = group.AddLocked(observer);
            }
            if (first)
                group.Connect(source);
            return listener;
        }
    }

    /// <summary>
    /// One source subscription and its listeners. Listeners change under the owner's lock; a delivery
    /// reads a snapshot that is rebuilt only after a change, so a burst of subscribers costs no copies.
    /// </summary>
    private sealed class Group(SharedEventStreams owner, string key) : IObserver<ExecutionResult>
    {
        private readonly HashSet<Listener> _listeners = [];
        private Listener[]? _snapshot;
        private IDisposable? _source;

        /// <summary>Called under the owner's lock.</summary>
        public IDisposable AddLocked(IObserver<ExecutionResult> observer)
        {
            var listener = new Listener(this, observer);
            _listeners.Add(listener);
            _snapshot = null;
            owner._listeners++;
            return listener;
        }

        public void Connect(IObservable<ExecutionResult> source)
        {
            var subscription = source.Subscribe(this);
            lock (owner._lock)
            {
                // No listener left means every one left or the stream ended: nothing can join this group any more.
                if (_listeners.Count > 0)
                {
                    _source = subscription;
                    return;
                }
            }
            // Every listener left (or the stream ended) while the source was being subscribed.
            subscription.Dispose();
        }

        public void OnNext(ExecutionResult value)
        {
            foreach (var listener in Snapshot())
                listener.Observer.OnNext(value);
        }

        public void OnError(Exception error)
        {
            foreach (var listener in End())
                listener.Observer.OnError(error);
        }

        public void OnCompleted()
        {
            foreach (var listener in End())
                listener.Observer.OnCompleted();
        }

        private Listener[] Snapshot()
        {
            lock (owner._lock)
                return _snapshot ??= [.. _listeners];
        }

        /// <summary>The stream ended: later subscribers of the key start a new group.</summary>
        private Listener[] End()
        {
            Listener[] listeners;
            lock (owner._lock)
            {
                listeners = [.. _listeners];
                owner._listeners -= listeners.Length;
                _listeners.Clear();
                _snapshot = null;
                ForgetLocked();
            }
            return listeners;
        }

        /// <summary>Takes the group out of the owner's map (under the owner's lock): later subscribers of the key start a new one.</summary>
        private void ForgetLocked()
        {
            if (owner._groups.TryGetValue(key, out var current) && current == this)
                owner._groups.Remove(key);
        }

        private void Remove(Listener listener)
        {
            IDisposable? source = null;
            lock (owner._lock)
            {
                if (!_listeners.Remove(listener))
                    return;
                _snapshot = null;
                owner._listeners--;
                if (_listeners.Count == 0)
                {
                    source = _source;
                    _source = null;
                    ForgetLocked();
                }
            }
            source?.Dispose();
        }

        private sealed class Listener(Group group, IObserver<ExecutionResult> observer) : IDisposable
        {
            public IObserver<ExecutionResult> Observer => observer;

            public void Dispose() => group.Remove(this);
        }
    }
}
