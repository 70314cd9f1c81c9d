using GraphQL;
using GraphQL.DataLoader;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.GraphQL.DataLoaders;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// The unfiltered pages of tasks' recipients, batched: a recipient's <see cref="Recipient.Sequence"/> runs
/// 1…Total without gaps (every distinct number of the input gets the next one), so the page at offset s
/// of n rows is Sequence s+1…s+n of each task — one query for all tasks of a list — and the total is the
/// task's stored counter. Pages counted from the end (<c>last</c>, <c>before</c>) take the per-task query.
/// </summary>
public static class RecipientPages
{
    /// <summary>The <c>recipients</c> connection of a task type: filterable, input order by default, unfiltered pages batched.</summary>
    public static void AddRecipients(this global::GraphQL.Types.ObjectGraphType<SendTask> type, string description)
        => type.Connection<SendTask, RecipientType, Recipient>("recipients")
            .Description(description)
            .Filter<RecipientFilterInputType>()
            .DefaultOrder(q => q.OrderBy(r => r.Sequence), "in the number file's order")
            .Batched(Load)
            .Authorize(KooMessage.Platform.Tenancy.TenantRoles.Workers)
            .Resolve(c => c.Db().Set<Recipient>().Where(r => r.TaskId == c.Source.Id));

    public static IDataLoaderResult<Connection>? Load(IResolveFieldContext<SendTask> context, PagingArguments paging)
    {
        if (paging.Last is not null || paging.Before is not null || paging.First is not { } first)
            return null;
        var task = context.Source;
        var start = paging.After is { } after ? after + 1 : 0;
        var loader = context.Loaders().Group<Guid, Recipient>($"Recipients.Page.{start}.{first}", async (ids, ct) =>
        {
            var rows = await context.Db().Set<Recipient>().AsNoTracking()
                .Where(r => ids.Contains(r.TaskId) && r.Sequence > start && r.Sequence <= start + first + 1)
                .OrderBy(r => r.Sequence)
                .ToListAsync(ct);
            return rows.ToLookup(r => r.TaskId);
        });
        return loader.Load(task.Id).Then(rows =>
        {
            var page = rows ?? [];
            var edges = page.Take(first).Select((node, i) => new Edge(Cursors.Encode(start + i), node)).ToList();
            var info = new PageInfo(HasNextPage: page.Count > first, HasPreviousPage: start > 0,
                StartCursor: edges.FirstOrDefault()?.Cursor, EndCursor: edges.LastOrDefault()?.Cursor);
            return new Connection(edges, info, _ => Task.FromResult(task.Total));
        });
    }
}
