using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.GraphQL.Authorization;
using KooMessage.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.Filings;

public sealed class FilingQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Connection<FilingType, Filing>("filings")
            .Description("The tenant's filings, one per product area.")
            .Filter<FilingFilterInputType>()
            .Authorize(TenantRoles.Workers)
            .Resolve(ctx => ctx.Db().Set<Filing>());

        query.Field<FilingType>("filing")
            .Description("The tenant's filing for one product area; null until saved.")
            .Argument<ProductArea>("productArea")
            .Authorize(TenantRoles.Workers)
            .ResolveAsync(async ctx =>
            {
                var area = ctx.GetArgument<ProductArea>("productArea");
                return await ctx.Db().Set<Filing>().FirstOrDefaultAsync(f => f.ProductArea == area, ctx.CancellationToken);
            });
    }
}
