using GraphQL;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Tenancy;

public sealed class TenantType : NodeObjectType<Tenant>
{
    public TenantType() : base("Tenant", "An enterprise's isolated workspace (企业).")
    {
        Field(x => x.Slug).Description("Unique short name, 3–40 characters of a-z, 0-9 and '-'.");
        Field(x => x.Name).Description("Display name.");
        Field(x => x.Status).Description("ACTIVE, or SUSPENDED by a platform admin.");
        Field(x => x.SuspendedReason).Description("Why the tenant is suspended, when it is.");
    }

    /// <summary>Platform principals see every tenant; a tenant's principals only their own.</summary>
    protected override IQueryable<Tenant> Visible(IResolveFieldContext context)
    {
        var tenants = context.Db().Set<Tenant>();
        if (context.Viewer().IsPlatformPrincipal)
            return tenants;
        var own = context.Tenant().TenantId;
        return tenants.Where(t => t.Id == own);
    }
}
