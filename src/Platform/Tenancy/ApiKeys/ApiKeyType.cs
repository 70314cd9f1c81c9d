using GraphQL;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tenancy.ApiKeys;

public sealed class ApiKeyType : NodeObjectType<ApiKey>
{
    public ApiKeyType() : base("ApiKey", "A credential for calling the API. The secret is shown only once, when created.")
    {
        Field(x => x.Name).Description("What the key is for.");
        Field(x => x.Role).Description("What the key may do.");
        Field(x => x.Prefix).Description("The first characters of the secret, to tell keys apart.");
        Field(x => x.LastUsedAt).Description("When the key last authenticated a request (minute precision).");
        Field(x => x.RevokedAt).Description("When the key was revoked; revoked keys never authenticate again.");
        Field("revoked", x => x.IsRevoked).Description("Whether the key is revoked.");
        Field<TenantType>("tenant").Description("The tenant the key belongs to; null for platform keys.")
            .Resolve(c => c.Source.TenantId is { } tenantId
                ? EntityLoaders.ById<Tenant>(c).Load(tenantId)
                : null);
    }

    /// <summary>Platform admins see every key; tenant admins their tenant's; nobody else sees keys.</summary>
    protected override IQueryable<ApiKey> Visible(IResolveFieldContext context)
    {
        var viewer = context.Viewer();
        var keys = context.Db().Set<ApiKey>();
        if (viewer.IsInRole(Role.PlatformAdmin))
            return keys.IgnoreQueryFilters();
        return viewer.IsInRole(Role.TenantAdmin) ? keys : keys.Where(_ => false);
    }
}
