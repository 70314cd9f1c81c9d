namespace KooMessage.Platform.Features.SendTasks.Preparation;

/// <summary>What writing a PREPARING task's recipients needs: its numbers again (read like the creating request read them) and its short-link plan.</summary>
public sealed record PreparationJob(Guid TaskId, Guid TenantId, NumberInput Numbers, ShortLinkPlan? Links);
