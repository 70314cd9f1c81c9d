using System.Threading.Channels;

namespace KooMessage.Platform.Tests.Events;

/// <summary>Records what an observable delivers, for tests to await one item at a time (bounded).</summary>
public sealed class RecordingObserver<T> : IObserver<T>
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);
    private readonly Channel<T> _items = Channel.CreateUnbounded<T>();
    private readonly TaskCompletionSource<Exception?> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Runs inside OnNext before the item is recorded (to make a slow or failing observer).</summary>
    public Action<T>? BeforeRecord { get; init; }

    /// <summary>Completes with the error, or null when the stream completed normally.</summary>
    public Task<Exception?> Ended => _ended.Task;

    public void OnNext(T value)
    {
        BeforeRecord?.Invoke(value);
        _items.Writer.TryWrite(value);
    }

    public void OnError(Exception error) => _ended.TrySetResult(error);

    public void OnCompleted() => _ended.TrySetResult(null);

    public async Task<T> NextAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? DefaultTimeout);
        return await _items.Reader.ReadAsync(cancel.Token);
    }

    /// <summary>Everything recorded so far, without waiting.</summary>
    public List<T> Drain()
    {
        var items = new List<T>();
        while (_items.Reader.TryRead(out var item))
            items.Add(item);
        return items;
    }
}
