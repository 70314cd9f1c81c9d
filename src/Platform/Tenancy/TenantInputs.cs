using System.ComponentModel;

namespace KooMessage.Platform.Tenancy;

public sealed record CreateTenantInput
{
    [Description("Unique short name: 3–40 characters of a-z, 0-9 and '-'.")] public required string Slug { get; init; }

    [Description("Display name, 1–100 characters.")] public required string Name { get; init; }
}
