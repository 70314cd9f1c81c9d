using System.Collections.Concurrent;

namespace KooMessage.Platform.GraphQL.DataLoaders;

/// <summary>
/// The request's DataLoaders (scoped service). A loader is created on first use under a name and
/// shared by every field of the request that asks for the same name.
/// </summary>
public sealed class DataLoaderContext
{
    private readonly ConcurrentDictionary<string, object> _loaders = new();

    /// <summary>One value per key (by-id lookups).</summary>
    public BatchDataLoader<TKey, TValue> Batch<TKey, TValue>(
        string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull
        => (BatchDataLoader<TKey, TValue>)_loaders.GetOrAdd(name, _ => new BatchDataLoader<TKey, TValue>(fetch));

    /// <summary>Many values per key (children by parent id); a key with no rows yields an empty list.</summary>
    public BatchDataLoader<TKey, IReadOnlyList<TValue>> Group<TKey, TValue>(
        string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch)
        where TKey : notnull
        => Batch<TKey, IReadOnlyList<TValue>>(name, async (keys, ct) =>
        {
            var lookup = await fetch(keys, ct);
            return keys.Distinct().ToDictionary(k => k, k => (IReadOnlyList<TValue>)lookup[k].ToList());
        });
}
