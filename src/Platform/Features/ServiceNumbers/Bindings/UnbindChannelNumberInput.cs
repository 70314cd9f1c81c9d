using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed record UnbindChannelNumberInput
{
    [Id, Description("The binding.")] public required string Id { get; init; }
}
