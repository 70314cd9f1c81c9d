using System.ComponentModel;

namespace KooMessage.Platform.Features.Messaging;

public sealed record TemplateVariableInput
{
    [Description("The n of ${n}, 1–20.")] public required int Index { get; init; }

    [Description("Value type.")] public required TemplateVariableType Type { get; init; }

    [Description("Longest value (PHONE 1–15, others 1–20; ignored for SHORT_LINK).")] public required int MaxLength { get; init; }
}
