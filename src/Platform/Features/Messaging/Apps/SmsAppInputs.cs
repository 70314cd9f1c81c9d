using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Messaging;

public sealed record CreateSmsAppInput
{
    [Description("1–30 characters.")] public required string Name { get; init; }
}

public sealed record RenameSmsAppInput
{
    [Id, Description("The app.")] public required string Id { get; init; }

    [Description("1–30 characters.")] public required string Name { get; init; }
}
