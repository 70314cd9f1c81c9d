namespace KooMessage.Platform.Features.SendTasks;

/// <summary>What a recipients export writes of one recipient: its own columns and its short link's clicks.</summary>
public sealed record RecipientCsvRow(
    int Sequence, string Phone, RecipientCapability Capability, RecipientChannel Channel, RecipientState State, string? ErrorCode,
    DateTime? SubmittedAt, DateTime? DeliveredAt, DateTime? FinishedAt, string? ShortLinkDomain, string? ShortLinkCode, int Clicks, DateTime? FirstClickedAt);
