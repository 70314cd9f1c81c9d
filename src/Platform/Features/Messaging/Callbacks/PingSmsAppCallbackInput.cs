using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Messaging;

public sealed record PingSmsAppCallbackInput
{
    [Id, Description("The app; it must have a callback URL.")] public required string Id { get; init; }
}
