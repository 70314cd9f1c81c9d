using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tenancy.ApiKeys;

public sealed class ApiKeyType : NodeObjectType<ApiKey>
{
    public ApiKeyType() : base("ApiKey", "A credential for calling the API. The secret is shown only once, when created.")
    {
        Field<NonNullGraphType<StringGraphType>>("name").Description("What the key is for.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<RoleType>>("role").Description("What the key may do.").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<StringGraphType>>("prefix").Description("The first characters of the secret, to tell keys apart.").Resolve(c => c.Source.Prefix);
        Field<DateTimeGraphType>("lastUsedAt").Description("When the key last authenticated a request (minute precision).").Resolve(c => c.Source.LastUsedAt);
        Field<DateTimeGraphType>("revokedAt").Description("When the key was revoked; revoked keys never authenticate again.").Resolve(c => c.Source.RevokedAt);
        Field<NonNullGraphType<BooleanGraphType>>("revoked").Description("Whether the key is revoked.").Resolve(c => c.Source.IsRevoked);
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
