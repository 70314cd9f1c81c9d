using KooMessage.Platform.GraphQL.Filtering;

namespace KooMessage.Platform.Tenancy;

public sealed class TenantFilterInputType : FilterInputType<Tenant>
{
    public TenantFilterInputType() : base("TenantFilterInput", "Conditions on tenants.")
    {
        Id("id", t => t.Id, "Tenant");
        Text("slug", t => t.Slug);
        Text("name", t => t.Name);
        Enum("status", t => t.Status);
        Time("createdAt", t => t.CreatedAt);
    }
}
