using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.GraphQL.Connections;

/// <summary>Cuts one page out of an ordered, filtered query — in SQL (OFFSET/LIMIT), fetching one extra row to learn whether more follow.</summary>
public static class QueryableConnection
{
    public static async Task<Connection> CreateAsync<T>(IQueryable<T> query, PagingArguments paging, CancellationToken cancellationToken)
        where T : class
    {
        Task<int>? total = null;
        Task<int> Count(CancellationToken ct) => total ??= query.CountAsync(ct);

        var start = paging.After is { } after ? after + 1 : 0;
        int? end = paging.Before;
        if (paging.First is { } first)
            end = end is { } e ? Math.Min(e, start + first) : start + first;
        if (paging.Last is { } last)
        {
            end ??= await Count(cancellationToken);
            start = Math.Max(start, end.Value - last);
        }
        var take = Math.Max(0, end!.Value - start);

        var rows = take == 0 ? [] : await query.Skip(start).Take(take + 1).ToListAsync(cancellationToken);
        var hasNext = rows.Count > take;
        var edges = rows.Take(take).Select((node, i) => new Edge(Cursors.Encode(start + i), node)).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: hasNext,
            HasPreviousPage: start > 0,
            StartCursor: edges.FirstOrDefault()?.Cursor,
            EndCursor: edges.LastOrDefault()?.Cursor);
        return new Connection(edges, pageInfo, Count);
    }
}
