namespace KooMessage.Platform.Features.SendTasks.Preparation;

/// <summary>
/// What writing a PREPARING task's recipients needs: its numbers again (read like the creating request read them),
/// its short-link plan, and what one plain-SMS fallback costs (to fit the task's reservation to what was written).
/// </summary>
public sealed record PreparationJob(Guid TaskId, Guid TenantId, NumberInput Numbers, ShortLinkPlan? Links, int PlainSmsSegments);
