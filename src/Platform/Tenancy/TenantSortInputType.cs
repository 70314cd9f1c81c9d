using KooMessage.Platform.GraphQL.Sorting;

namespace KooMessage.Platform.Tenancy;

public sealed class TenantSortInputType : SortInputType<Tenant>
{
    public TenantSortInputType() : base("TenantSortInput", "Sort order of tenants.")
    {
        Sort("slug", t => t.Slug);
        Sort("name", t => t.Name);
        Sort("status", t => t.Status);
        Sort("createdAt", t => t.CreatedAt);
    }
}
