using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Tenancy;

public sealed class TenantType : NodeObjectType<Tenant>
{
    public TenantType() : base("Tenant", "An enterprise's isolated workspace (企业).")
    {
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Unique short name, 3–40 characters of a-z, 0-9 and '-'.").Resolve(c => c.Source.Slug);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<TenantStatusType>>("status").Description("ACTIVE, or SUSPENDED by a platform admin.").Resolve(c => c.Source.Status);
        Field<StringGraphType>("suspendedReason").Description("Why the tenant is suspended, when it is.").Resolve(c => c.Source.SuspendedReason);
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
