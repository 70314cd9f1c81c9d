using GraphQL.DataLoader;

namespace KooMessage.Platform.GraphQL.DataLoaders;

public static class DataLoaderResultExtensions
{
    /// <summary>Maps a pending result without forcing its batch early.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, TResult> map)
        => new MappedResult<T, TResult>(source, map);

    private sealed class MappedResult<T, TResult>(IDataLoaderResult<T> source, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default)
            => map(await source.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
            => await GetResultAsync(cancellationToken);
    }
}
