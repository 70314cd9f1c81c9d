using GraphQL;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.DataLoaders;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Reviews;

/// <summary>DataLoaders of review data. For platform principals they read across tenants (reviewers see what tenants submitted).</summary>
public static class ReviewLoaders
{
    /// <summary>Switches on cross-tenant reads for platform principals; tenants keep seeing only their own rows.</summary>
    public static void ReadAcrossTenantsForReviewers(IResolveFieldContext context)
    {
        if (context.Viewer().IsPlatformPrincipal)
            context.Db().EnableCrossTenantReads();
    }

    public static BatchDataLoader<Guid, IReadOnlyList<ReviewEvent>> HistoryBySubject(IResolveFieldContext context)
    {
        ReadAcrossTenantsForReviewers(context);
        var db = context.Db();
        return context.Loaders().Group<Guid, ReviewEvent>("Reviews.HistoryBySubject", async (ids, ct) =>
            (await db.Set<ReviewEvent>().Where(e => ids.Contains(e.SubjectId)).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).ToListAsync(ct))
                .ToLookup(e => e.SubjectId));
    }

    public static BatchDataLoader<Guid, ReviewableEntity> Subject(IResolveFieldContext context, string kind)
    {
        ReadAcrossTenantsForReviewers(context);
        var db = context.Db();
        var registration = context.Service<ReviewSubjects>().Of(kind);
        return context.Loaders().Batch<Guid, ReviewableEntity>($"Reviews.Subject.{kind}", (ids, ct) => registration.FindManyAsync(db, ids, ct));
    }
}
