namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>A delivery report for one message: DELIVERED, FAILED (with the carrier's code) or EXPIRED (no report in time).</summary>
public sealed record Receipt(string MessageId, RecipientState Outcome, string? ErrorCode, DateTime At);
