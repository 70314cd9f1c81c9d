using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Messaging;

public sealed record RotateSmsAppSecretInput
{
    [Id, Description("The app.")] public required string Id { get; init; }
}
