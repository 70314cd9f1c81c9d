using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Tenancy;

public sealed record CreateTenantInput
{
    [Description("Unique short name: 3–40 characters of a-z, 0-9 and '-'.")] public required string Slug { get; init; }

    [Description("Display name, 1–100 characters.")] public required string Name { get; init; }
}

public sealed record SuspendTenantInput
{
    [Id, Description("The tenant.")] public required string Id { get; init; }

    [Description("Why, 1–500 characters; shown to the tenant.")] public required string Reason { get; init; }
}

public sealed record ResumeTenantInput
{
    [Id, Description("The tenant.")] public required string Id { get; init; }
}
