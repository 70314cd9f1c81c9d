using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Tenancy.ApiKeys;

public sealed record CreateApiKeyInput
{
    [Id, Description("The tenant the key is for. Defaults to the tenant in context; platform admins omit it for a platform key.")] public string? TenantId { get; init; }

    [Description("What the key is for, 1–50 characters.")] public required string Name { get; init; }

    [Description("Tenant keys take TENANT_ADMIN or TENANT_MEMBER; platform keys a platform role.")] public required Role Role { get; init; }
}
