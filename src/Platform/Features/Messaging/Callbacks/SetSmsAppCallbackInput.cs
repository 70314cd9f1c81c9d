using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Messaging;

public sealed record SetSmsAppCallbackInput
{
    [Id, Description("The app.")] public required string Id { get; init; }

    [Description("An absolute https:// URL whose host resolves to public addresses only; null removes the callback (and its signing secret).")]
    public string? Url { get; init; }
}
