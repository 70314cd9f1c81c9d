using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Subscriptions;

public static class TestTenantExtensions
{
    /// <summary>The tenant's database id, which events carry (clients only ever see the global ID).</summary>
    public static Guid TenantGuid(this TestTenant tenant)
        => GlobalId.TryDecode(tenant.Id, "Tenant", out var id) ? id : throw new InvalidOperationException($"Not a tenant ID: {tenant.Id}");
}
