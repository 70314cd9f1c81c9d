using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Messaging;

public sealed record SuspendSmsAppInput
{
    [Id, Description("The app.")] public required string Id { get; init; }

    [Description("Why, 1–500 characters; the tenant sees it.")] public required string Reason { get; init; }
}
