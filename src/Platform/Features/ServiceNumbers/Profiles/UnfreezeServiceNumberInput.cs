using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed record UnfreezeServiceNumberInput
{
    [Id, Description("The frozen service number.")] public required string Id { get; init; }
}
