using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>What creating and updating a template share.</summary>
public abstract record SmsTemplateFields
{
    [Id, Description("An APPROVED signature of the same app.")] public required string SignatureId { get; init; }

    [Description("1–30 characters.")] public required string Name { get; init; }

    [Description("NOTIFICATION or PROMOTION.")] public required SmsType Type { get; init; }

    [Description("1–20000 characters with ${1}…${20}.")] public required string Content { get; init; }

    [Description("One definition per variable used.")] public required List<TemplateVariableInput> Variables { get; init; }

    [Description("For smart messages: exactly one SHORT_LINK variable.")] public required bool ForSmartMessages { get; init; }

    [Description("申请说明: what the template is for (scenario, recipients), for the reviewer; up to 80 characters.")] public string? ApplicationNote { get; init; }
}

public sealed record CreateSmsTemplateInput : SmsTemplateFields
{
    [Id, Description("The app.")] public required string AppId { get; init; }
}

public sealed record UpdateSmsTemplateInput : SmsTemplateFields
{
    [Id, Description("The template (DRAFT or REJECTED).")] public required string Id { get; init; }
}
