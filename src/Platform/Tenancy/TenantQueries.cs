using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Connections;

namespace KooMessage.Platform.Tenancy;

public sealed class TenantQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Connection<TenantType, Tenant>("tenants")
            .Description("All tenants (platform principals only).")
            .Filter<TenantFilterInputType>()
            .Sort<TenantSortInputType>()
            .Authorize(Role.PlatformAdmin, Role.PlatformReviewer)
            .Resolve(ctx => ctx.Db().Set<Tenant>());
    }
}
