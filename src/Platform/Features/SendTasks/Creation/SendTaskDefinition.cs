namespace KooMessage.Platform.Features.SendTasks;

/// <summary>A task's settings after validation and reference resolution, before numbers are parsed.</summary>
public sealed record SendTaskDefinition(
    string Name,
    string? IdempotencyKey,
    Guid SmartTemplateId,
    Guid SmsAppId,
    Guid SignatureId,
    Guid SmsTemplateId,
    string Domain,
    int LinkValidityDays,
    SendMode SendMode,
    DateTime? ScheduledAt,
    bool Trial,
    NumberSource NumberSource,
    Guid? NumberFileId,
    FallbackPolicy Fallback);
