using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Quotas;

public sealed record RevokePackageInput
{
    [Id, Description("The package. What tasks hold of it stays theirs; its unreserved remainder can no longer be used.")] public required string Id { get; init; }
}
