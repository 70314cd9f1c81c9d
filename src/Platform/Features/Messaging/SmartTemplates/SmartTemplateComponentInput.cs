using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Messaging;

public sealed record SmartTemplateComponentInput
{
    [Description("What it shows.")] public required SmartComponentType Type { get; init; }

    [Description("TITLE/TEXT/BUTTON text; may use {{parameter}}.")] public string? Text { get; init; }

    [Id, Description("IMAGE: an uploaded IMAGE file.")] public string? ImageFileId { get; init; }

    [Description("BUTTON: https URL, ≤1000 characters.")] public string? Url { get; init; }
}
