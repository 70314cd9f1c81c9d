using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.Tenancy;

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
    }
}
