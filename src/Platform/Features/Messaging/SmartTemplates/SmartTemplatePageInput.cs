using System.ComponentModel;

namespace KooMessage.Platform.Features.Messaging;

public sealed record SmartTemplatePageInput
{
    [Description("1–10 components.")] public required List<SmartTemplateComponentInput> Components { get; init; }
}
