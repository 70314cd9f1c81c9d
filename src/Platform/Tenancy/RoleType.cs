using GraphQL.Types;

namespace KooMessage.Platform.Tenancy;

public sealed class RoleType : EnumerationGraphType<Role>
{
    public RoleType()
    {
        Name = nameof(Role);
        Description = "What a principal may do: platform roles act across tenants, tenant roles inside one.";
    }
}
