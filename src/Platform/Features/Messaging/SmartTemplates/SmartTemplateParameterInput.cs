using System.ComponentModel;

namespace KooMessage.Platform.Features.Messaging;

public sealed record SmartTemplateParameterInput
{
    [Description("Letters, digits, '_'; starts with a letter.")] public required string Name { get; init; }

    [Description("What it is.")] public string? Description { get; init; }

    [Description("The longest value a recipient may get, 1–500 characters; 100 when omitted.")] public int? MaxLength { get; init; }
}
