namespace KooMessage.Platform.Events;

/// <summary>
/// Operators for event streams (the platform does without System.Reactive). Subscription fields use
/// <see cref="Where{TEvent}"/> to filter by tenant and role on the server, before an event is resolved
/// or reaches a socket.
/// </summary>
public static class EventStreamExtensions
{
    public static IObservable<TEvent> Where<TEvent>(this IObservable<TEvent> source, Func<TEvent, bool> predicate)
        => new FilteredObservable<TEvent>(source, predicate);

    private sealed class FilteredObservable<TEvent>(IObservable<TEvent> source, Func<TEvent, bool> predicate) : IObservable<TEvent>
    {
        public IDisposable Subscribe(IObserver<TEvent> observer) => source.Subscribe(new FilteredObserver(observer, predicate));

        private sealed class FilteredObserver(IObserver<TEvent> observer, Func<TEvent, bool> predicate) : IObserver<TEvent>
        {
            // After a failing predicate the observer has had its OnError: it hears nothing more.
            private bool _failed;

            public void OnNext(TEvent value)
            {
                if (_failed)
                    return;
                bool keep;
                try
                {
                    keep = predicate(value);
                }
                catch (Exception ex)
                {
                    _failed = true;
                    observer.OnError(ex);
                    return;
                }
                if (keep)
                    observer.OnNext(value);
            }

            public void OnError(Exception error)
            {
                if (!_failed)
                    observer.OnError(error);
            }

            public void OnCompleted()
            {
                if (!_failed)
                    observer.OnCompleted();
            }
        }
    }
}
