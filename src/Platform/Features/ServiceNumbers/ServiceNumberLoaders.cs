using GraphQL;
using GraphQL.DataLoader;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.Reviews;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// DataLoaders of the service-number graph: one statement per relation and request level, whatever
/// the number of service numbers listed (live and pending revisions, bindings, files).
/// </summary>
public static class ServiceNumberLoaders
{
    public static BatchDataLoader<Guid, ServiceNumberMenu> LiveMenu(IResolveFieldContext context)
        => Live<ServiceNumberMenu>(context, "ServiceNumbers.LiveMenu");

    public static BatchDataLoader<Guid, ServiceNumberMenu> PendingMenu(IResolveFieldContext context)
        => Pending<ServiceNumberMenu>(context, "ServiceNumbers.PendingMenu");

    public static BatchDataLoader<Guid, ServiceNumberHomepage> LiveHomepage(IResolveFieldContext context)
        => Live<ServiceNumberHomepage>(context, "ServiceNumbers.LiveHomepage");

    public static BatchDataLoader<Guid, ServiceNumberHomepage> PendingHomepage(IResolveFieldContext context)
        => Pending<ServiceNumberHomepage>(context, "ServiceNumbers.PendingHomepage");

    public static BatchDataLoader<Guid, IReadOnlyList<ChannelNumberBinding>> BindingsOfServiceNumber(IResolveFieldContext context)
    {
        var db = context.Db();
        return context.Loaders().Group<Guid, ChannelNumberBinding>("ServiceNumbers.BindingsOfServiceNumber", async (ids, ct) =>
            (await db.Set<ChannelNumberBinding>().Where(b => ids.Contains(b.ServiceNumberId)).OrderBy(b => b.CreatedAt).ThenBy(b => b.Id).ToListAsync(ct))
                .ToLookup(b => b.ServiceNumberId));
    }

    public static BatchDataLoader<Guid, IReadOnlyList<ChannelNumberBinding>> BindingsOfChannelNumber(IResolveFieldContext context)
    {
        var db = context.Db();
        return context.Loaders().Group<Guid, ChannelNumberBinding>("ServiceNumbers.BindingsOfChannelNumber", async (ids, ct) =>
            (await db.Set<ChannelNumberBinding>().Where(b => ids.Contains(b.ChannelNumberId)).OrderBy(b => b.CreatedAt).ThenBy(b => b.Id).ToListAsync(ct))
                .ToLookup(b => b.ChannelNumberId));
    }

    /// <summary>Several files by id, in order (missing ones left out), batched with every other file of the level.</summary>
    public static IDataLoaderResult<IReadOnlyList<StoredFile>> Files(IResolveFieldContext context, IEnumerable<Guid> ids)
    {
        var loader = EntityLoaders.ById<StoredFile>(context);
        return new AllFiles(ids.Select(loader.Load).ToList());
    }

    /// <summary>The newest APPROVED revision of each service number: the live one.</summary>
    private static BatchDataLoader<Guid, T> Live<T>(IResolveFieldContext context, string name)
        where T : ServiceNumberRevision
    {
        var db = context.Db();
        return context.Loaders().Batch<Guid, T>(name, async (ids, ct) =>
            await db.Set<T>()
                .Where(r => ids.Contains(r.ServiceNumberId) && r.ReviewStatus == ReviewStatus.Approved
                    && !db.Set<T>().Any(n => n.ServiceNumberId == r.ServiceNumberId && n.ReviewStatus == ReviewStatus.Approved && n.Revision > r.Revision))
                .ToDictionaryAsync(r => r.ServiceNumberId, ct));
    }

    /// <summary>The newest revision of each service number when it is not approved (in review, or rejected).</summary>
    private static BatchDataLoader<Guid, T> Pending<T>(IResolveFieldContext context, string name)
        where T : ServiceNumberRevision
    {
        var db = context.Db();
        return context.Loaders().Batch<Guid, T>(name, async (ids, ct) =>
            await db.Set<T>()
                .Where(r => ids.Contains(r.ServiceNumberId) && r.ReviewStatus != ReviewStatus.Approved
                    && !db.Set<T>().Any(n => n.ServiceNumberId == r.ServiceNumberId && n.Revision > r.Revision))
                .ToDictionaryAsync(r => r.ServiceNumberId, ct));
    }

    /// <summary>Awaits every pending file; they batch because all were queued before the first await.</summary>
    private sealed class AllFiles(List<IDataLoaderResult<StoredFile?>> items) : IDataLoaderResult<IReadOnlyList<StoredFile>>
    {
        public async Task<IReadOnlyList<StoredFile>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var files = new List<StoredFile>(items.Count);
            foreach (var item in items)
            {
                if (await item.GetResultAsync(cancellationToken) is { } file)
                    files.Add(file);
            }
            return files;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
