namespace KooMessage.Platform.Features.SendTasks;

/// <summary>A video task's settings after validation and reference resolution, before numbers are parsed.</summary>
public sealed record VideoTaskDefinition(
    string Name,
    string? IdempotencyKey,
    Guid VideoTemplateId,
    int ExpiryHours,
    SendMode SendMode,
    DateTime? ScheduledAt,
    NumberSource NumberSource,
    Guid? NumberFileId);
