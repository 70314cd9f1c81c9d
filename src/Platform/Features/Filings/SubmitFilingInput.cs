using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Filings;

public sealed record SubmitFilingInput
{
    [Id, Description("The filing.")] public required string Id { get; init; }
}
