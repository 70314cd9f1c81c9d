using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Connections;

namespace KooMessage.Platform.Tenancy.ApiKeys;

public sealed class ApiKeyQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Connection<ApiKeyType, ApiKey>("apiKeys")
            .Description("API keys of the tenant in context; for a platform admin without X-Tenant-Id, the platform keys.")
            .Filter<ApiKeyFilterInputType>()
            .Sort<ApiKeySortInputType>()
            .Authorize(Role.PlatformAdmin, Role.TenantAdmin)
            .Resolve(ctx => ctx.Db().Set<ApiKey>());
    }
}
