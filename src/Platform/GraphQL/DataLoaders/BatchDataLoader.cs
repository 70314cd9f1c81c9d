using GraphQL.DataLoader;

namespace KooMessage.Platform.GraphQL.DataLoaders;

/// <summary>
/// Collects the keys requested while one level of the query executes and fetches them in a single
/// call when the first result is awaited; results are cached for the rest of the request. This is
/// what keeps "100 templates with their signature and app" at a constant number of SQL statements.
/// GraphQL.NET's execution strategies defer <see cref="IDataLoaderResult"/> values until every
/// sibling field has queued its keys.
/// </summary>
public sealed class BatchDataLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private readonly Lock _lock = new();
    private List<(TKey Key, TaskCompletionSource<TValue?> Result)> _pending = [];

    public BatchDataLoader(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    {
        _fetch = fetch;
    }

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_lock)
        {
            if (!_cache.TryGetValue(key, out var task))
            {
                var completion = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
                _pending.Add((key, completion));
                task = completion.Task;
                _cache[key] = task;
            }
            return new PendingResult(this, task);
        }
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Result)> batch;
        lock (_lock)
        {
            batch = _pending;
            _pending = [];
        }
        if (batch.Count == 0)
            return;
        try
        {
            var values = await _fetch(batch.Select(p => p.Key).ToList(), cancellationToken);
            foreach (var (key, result) in batch)
                result.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
        }
        catch (Exception ex)
        {
            foreach (var (_, result) in batch)
                result.TrySetException(ex);
        }
    }

    private sealed class PendingResult(BatchDataLoader<TKey, TValue> owner, Task<TValue?> task) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!task.IsCompleted)
                await owner.DispatchAsync(cancellationToken);
            return await task;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
            => await GetResultAsync(cancellationToken);
    }
}
