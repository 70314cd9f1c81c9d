using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Messaging;

public sealed record CopySmartTemplateInput
{
    [Id, Description("A public template, or one of the tenant's own.")] public required string Id { get; init; }

    [Description("The copy's name; the original's when omitted.")] public string? Name { get; init; }
}
