using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed record FreezeServiceNumberInput
{
    [Id, Description("The service number.")] public required string Id { get; init; }

    [Description("Why, 1–200 characters.")] public required string Reason { get; init; }
}
