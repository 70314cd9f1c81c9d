using GraphQL.Types;

namespace KooMessage.Platform.Tenancy;

public sealed class TenantStatusType : EnumerationGraphType<TenantStatus>
{
    public TenantStatusType()
    {
        Name = nameof(TenantStatus);
        Description = "Whether a tenant's workspace is usable.";
    }
}
