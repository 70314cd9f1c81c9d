using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class ShortLinkDomainQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Connection<ShortLinkDomainType, ShortLinkDomain>("shortLinkDomains")
            .Description("The tenant's own short-link domains (自有短链域名), newest first.")
            .Authorize(TenantRoles.Workers)
            .Resolve(ctx => ctx.Db().Set<ShortLinkDomain>().OrderByDescending(d => d.CreatedAt));
    }
}
