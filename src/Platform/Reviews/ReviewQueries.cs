using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Authorization;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Reviews;

public sealed class ReviewQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Connection<ReviewTicketType, ReviewTicket>("reviewQueue")
            .Description("Submissions waiting for review, across tenants, oldest first (reviewers and platform admins only).")
            .Filter<ReviewTicketFilterInputType>()
            .Sort<ReviewTicketSortInputType>()
            .DefaultOrder(q => q.OrderBy(t => t.SubmittedAt), "oldest submission first")
            .Authorize(Role.PlatformReviewer, Role.PlatformAdmin)
            .Resolve(ctx =>
            {
                // The one cross-tenant listing: explicit, and only for the platform roles authorised above.
                ReviewLoaders.ReadAcrossTenantsForReviewers(ctx);
                return ctx.Db().Set<ReviewTicket>().Where(t => t.Status == ReviewTicketStatus.Open);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewEventType>>>>("reviewHistory")
            .Description("Every review transition of one item, oldest first: also of an item since deleted, whose ID is no longer found elsewhere. Empty for an ID that names no reviewable item of the caller's tenant (reviewers: of any tenant).")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId", a => a.Description = "The item's global ID.")
            .RequireAuthenticated()
            .ResolveAsync(async ctx =>
            {
                if (!GlobalId.TryDecode(ctx.GetArgument<string>("subjectId"), out var typeName, out var id)
                    || ctx.Service<ReviewSubjects>().ByGraphTypeName(typeName) is not { } subject)
                    return Array.Empty<ReviewEvent>();
                ReviewLoaders.ReadAcrossTenantsForReviewers(ctx);
                return await ctx.Db().Set<ReviewEvent>().Where(e => e.SubjectId == id && e.SubjectKind == subject.Kind)
                    .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).ToListAsync(ctx.CancellationToken);
            });
    }
}
