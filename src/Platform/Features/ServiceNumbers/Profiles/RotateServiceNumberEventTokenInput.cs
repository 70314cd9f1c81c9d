using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed record RotateServiceNumberEventTokenInput
{
    [Id, Description("The service number.")] public required string Id { get; init; }
}
