using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Authorization;
using KooMessage.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.Filings;

public sealed class EnterpriseProfileQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Field<EnterpriseProfileType>("enterpriseProfile")
            .Description("The tenant's company information; null until saved.")
            .Authorize(TenantRoles.Workers)
            .ResolveAsync(async ctx => await ctx.Db().Set<EnterpriseProfile>().FirstOrDefaultAsync(ctx.CancellationToken));
    }
}
