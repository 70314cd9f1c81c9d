using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Messaging;

public sealed record CreateSmartTemplateInput
{
    [Description("Up to 17 characters.")] public required string Name { get; init; }

    [Description("1–10 pages.")] public required List<SmartTemplatePageInput> Pages { get; init; }

    [Description("Up to 20 parameters.")] public required List<SmartTemplateParameterInput> Parameters { get; init; }
}

public sealed record SmartTemplatePageInput
{
    [Description("1–10 components.")] public required List<SmartTemplateComponentInput> Components { get; init; }
}

public sealed record SmartTemplateComponentInput
{
    [Description("What it shows.")] public required SmartComponentType Type { get; init; }

    [Description("TITLE/TEXT/BUTTON text; may use {{parameter}}.")] public string? Text { get; init; }

    [Id, Description("IMAGE: an uploaded IMAGE file.")] public string? ImageFileId { get; init; }

    [Description("BUTTON: https URL, ≤1000 characters.")] public string? Url { get; init; }
}

public sealed record SmartTemplateParameterInput
{
    [Description("Letters, digits, '_'; starts with a letter.")] public required string Name { get; init; }

    [Description("What it is.")] public string? Description { get; init; }
}

public sealed record SetSmartTemplateEnabledInput
{
    [Id, Description("A template of the tenant.")] public required string Id { get; init; }

    [Description("Switch it on or off.")] public required bool Enabled { get; init; }
}
