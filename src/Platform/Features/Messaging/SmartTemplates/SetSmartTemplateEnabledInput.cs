using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Messaging;

public sealed record SetSmartTemplateEnabledInput
{
    [Id, Description("A template of the tenant.")] public required string Id { get; init; }

    [Description("Switch it on or off.")] public required bool Enabled { get; init; }
}
