using System.ComponentModel;
using GraphQL;
using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Features.BasicEdition;

[Description("A video SMS task (发送视频短信), for createVideoTask and previewVideoTask.")]
public sealed record VideoTaskInput
{
    [Description("1–32 characters.")] public required string Name { get; init; }

    [Description("Repeat a create safely: the same key returns the first task, never a second one.")] public string? IdempotencyKey { get; init; }

    [Id, Description("A video template with an approved revision (public or the tenant's).")] public required string TemplateId { get; init; }

    [Description("IMMEDIATE or SCHEDULED.")] public required SendMode SendMode { get; init; }

    [Description("SCHEDULED: at least 5 minutes and at most 30 days ahead (UTC).")] public DateTime? ScheduledAt { get; init; }

    [Description("A handed-over message without a delivery receipt after this many hours is EXPIRED: 1–72, default 24.")]
    [DefaultValue(VideoTaskRules.ExpiryDefault)]
    public int? ExpiryHours { get; init; }

    [Description("MANUAL or FILE.")] public required NumberSource NumberSource { get; init; }

    [Description("MANUAL: 1–10 lines, each 'phone[, p_1, p_2, …]' (one value per placeholder of the template, ascending).")] public List<string?>? Numbers { get; init; }

    [Id, Description("FILE: an uploaded NUMBER_FILE, the csv of the template's sample (phone, then one column per placeholder).")] public string? NumberFileId { get; init; }
}
