using System.ComponentModel;

namespace KooMessage.Platform.Features.Messaging;

public sealed record CreateSmartTemplateInput
{
    [Description("Up to 17 characters.")] public required string Name { get; init; }

    [Description("1–10 pages.")] public required List<SmartTemplatePageInput> Pages { get; init; }

    [Description("Up to 20 parameters.")] public required List<SmartTemplateParameterInput> Parameters { get; init; }
}
