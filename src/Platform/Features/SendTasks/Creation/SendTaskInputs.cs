using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.SendTasks;

[Description("A smart-message send task, for createSendTask and previewSendTask.")]
public sealed record SendTaskInput
{
    [Description("1–30 characters.")] public required string Name { get; init; }

    [Description("Repeat a create safely: the same key returns the first task, never a second one.")] public string? IdempotencyKey { get; init; }

    [Id, Description("An approved, enabled smart template (public or the tenant's).")] public required string SmartTemplateId { get; init; }

    [Description("PERSONALIZED (the default).")] public ShortLinkType? ShortLinkType { get; init; }

    [Description("Short-link domain: one of the tenant's verified and APPROVED short-link domains (shortLinkDomains); the platform's public domain when omitted.")] public string? Domain { get; init; }

    [Description("1–7 days, default 7.")] public int? LinkValidityDays { get; init; }

    [Id, Description("An active SMS app.")] public required string SmsAppId { get; init; }

    [Id, Description("An approved signature of the app.")] public required string SignatureId { get; init; }

    [Id, Description("An ACTIVE smart-message SMS template of the app and signature.")] public required string SmsTemplateId { get; init; }

    [Description("IMMEDIATE or SCHEDULED.")] public required SendMode SendMode { get; init; }

    [Description("SCHEDULED: at least 5 minutes and at most 30 days ahead (UTC).")] public DateTime? ScheduledAt { get; init; }

    [Description("A trial send (试发测试) to the manual numbers.")] public bool? Trial { get; init; }

    [Description("MANUAL or FILE.")] public required NumberSource NumberSource { get; init; }

    [Description("MANUAL: 1–10 lines, each 'phone[, value1, …]'.")] public List<string?>? Numbers { get; init; }

    [Id, Description("FILE: an uploaded NUMBER_FILE.")] public string? NumberFileId { get; init; }

    [Description("The number file's (or manual lines') columns in order: 'phone' first, '${n}' for each SMS variable, an optional 'customUrl' (files), and names of columns card parameters read. Omitted: phone, the variables in index order, then an optional custom URL.")]
    public List<string>? Columns { get; init; }

    [Description("Where each card parameter's value comes from; parameters left out are empty.")] public List<CardParameterInput>? CardParameters { get; init; }

    [Description("What numbers that cannot render the card receive.")] public required FallbackPolicy Fallback { get; init; }
}
