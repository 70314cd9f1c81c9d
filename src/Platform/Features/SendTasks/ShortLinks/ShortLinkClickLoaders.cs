using GraphQL;
using GraphQL.DataLoader;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// Clicks as seen from tasks and recipients: the <c>clicks</c> connections, and batch loaders for what a
/// list of recipients or clicks expands (one query per request level, tenant-filtered).
/// </summary>
public static class ShortLinkClickLoaders
{
    /// <summary>A recipient's link's click count and first click; a recipient without a link has none.</summary>
    public sealed record LinkClicks(int Count, DateTime? FirstAt);

    /// <summary>The <c>clicks</c> connection of a task or recipient type: filterable, oldest first.</summary>
    public static void AddClicks<TSource>(this global::GraphQL.Types.ObjectGraphType<TSource> type, string description,
        Func<IResolveFieldContext<TSource>, IQueryable<ShortLinkClick>> clicks)
        => type.Connection<TSource, ShortLinkClickType, ShortLinkClick>("clicks")
            .Description(description)
            .Filter<ShortLinkClickFilterInputType>()
            .DefaultOrder(q => q.OrderBy(c => c.CreatedAt), "oldest first")
            .Authorize(TenantRoles.Workers)
            .Resolve(clicks);

    /// <returns>The recipient's link's clicks, or null for a recipient without a link (no clicks).</returns>
    public static IDataLoaderResult<LinkClicks>? Of(IResolveFieldContext<Recipient> context)
    {
        if (context.Source.ShortLinkCode is not { } code)
            return null;
        var db = context.Db();
        return context.Loaders().Batch<string, LinkClicks>("ShortLinkClicks.ByCode", async (codes, ct) =>
                await db.Set<ShortLink>().Where(l => codes.Contains(l.Code))
                    .Select(l => new { l.Code, l.Clicks, l.FirstClickAt })
                    .ToDictionaryAsync(l => l.Code, l => new LinkClicks(l.Clicks, l.FirstClickAt), ct))
            .Load(code).Then(clicks => clicks ?? new LinkClicks(0, null));
    }

    public static IDataLoaderResult<Recipient?> Recipient(IResolveFieldContext context, Guid linkId)
    {
        var db = context.Db();
        return context.Loaders().Batch<Guid, Recipient>("ShortLinkClicks.Recipient", async (ids, ct) =>
                await db.Set<ShortLink>().Where(l => ids.Contains(l.Id))
                    .Join(db.Set<Recipient>(), l => l.RecipientId, r => r.Id, (l, r) => new { l.Id, Recipient = r })
                    .ToDictionaryAsync(x => x.Id, x => x.Recipient, ct))
            .Load(linkId);
    }
}
