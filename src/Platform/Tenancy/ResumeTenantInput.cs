using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Tenancy;

public sealed record ResumeTenantInput
{
    [Id, Description("The tenant.")] public required string Id { get; init; }
}
