using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Messaging;

public sealed record RetryCallbackDeliveryInput
{
    [Id, Description("The callback delivery (a PENDING or FAILED one).")] public required string Id { get; init; }
}
