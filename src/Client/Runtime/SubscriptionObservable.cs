namespace KooMessage.Client;

/// <summary>
/// Adapts a subscription stream to <see cref="IObservable{T}"/>: each Subscribe starts its own
/// subscription, and disposing the returned handle completes it on the server.
/// </summary>
public sealed class SubscriptionObservable<T> : IObservable<T>
{
    private readonly Func<CancellationToken, IAsyncEnumerable<T>> _subscribe;

    public SubscriptionObservable(Func<CancellationToken, IAsyncEnumerable<T>> subscribe)
    {
        _subscribe = subscribe ?? throw new ArgumentNullException(nameof(subscribe));
    }

    public IDisposable Subscribe(IObserver<T> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        var cancellation = new CancellationTokenSource();
        _ = PumpAsync(observer, cancellation.Token);
        return new Subscription(cancellation);
    }

    private async Task PumpAsync(IObserver<T> observer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in _subscribe(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                observer.OnNext(item);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Disposed by the observer: an unsubscribe is not an error and not a completion.
            return;
        }
        catch (Exception ex)
        {
            observer.OnError(ex);
            return;
        }

        observer.OnCompleted();
    }

    private sealed class Subscription(CancellationTokenSource cancellation) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                // Not disposed: the pump may still register on its token while it unwinds.
                cancellation.Cancel();
            }
        }
    }
}
