using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.Tenancy.Resolution;

namespace KooMessage.Platform.Tenancy;

public sealed class ViewerType : ObjectGraphType<Viewer>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "The caller of this request.";
        Field("authenticated", x => x.IsAuthenticated).Description("Whether the request carried valid credentials.");
        Field<IEnumerable<Role>>("roles").Description("The caller's roles.")
            .Resolve(c => c.Source.Roles.Order().ToList());
        Field<TenantType>("tenant").Description("The tenant this request acts in: the caller's own, or the one a platform principal chose with X-Tenant-Id.")
            .Resolve(c => c.Tenant().TenantId is { } id ? EntityLoaders.ById<Tenant>(c).Load(id) : null);
    }
}
