namespace KooMessage.Platform.GraphQL.Connections;

/// <summary>
/// One page of a list. <see cref="TotalCount"/> runs its COUNT query only when a client selects
/// <c>totalCount</c>, and at most once.
/// </summary>
public sealed class Connection(IReadOnlyList<Edge> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> countTotal)
{
    private Task<int>? _total;

    public IReadOnlyList<Edge> Edges { get; } = edges;

    public PageInfo PageInfo { get; } = pageInfo;

    public Task<int> TotalCount(CancellationToken cancellationToken) => _total ??= countTotal(cancellationToken);
}
