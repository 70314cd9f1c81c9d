using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Tenancy;

public sealed record SuspendTenantInput
{
    [Id, Description("The tenant.")] public required string Id { get; init; }

    [Description("Why, 1–500 characters; shown to the tenant.")] public required string Reason { get; init; }
}
