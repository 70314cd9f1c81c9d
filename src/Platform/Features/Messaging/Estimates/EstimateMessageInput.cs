using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Messaging;

public sealed record EstimateMessageInput
{
    [Id, Description("A signature of the tenant; or give signatureName.")] public string? SignatureId { get; init; }

    [Description("The signature text without 【】, when there is no signature yet.")] public string? SignatureName { get; init; }

    [Description("Content with ${n} variables.")] public required string Content { get; init; }

    [Description("Definitions of the variables (each counted at its max length).")] public required List<TemplateVariableInput> Variables { get; init; }
}
