namespace KooMessage.Platform.Features.SendTasks;

/// <summary>PENDING → SUBMITTED → DELIVERED | FAILED | EXPIRED (no receipt within 72 h); skipped recipients stay PENDING.</summary>
public enum RecipientState
{
    Pending,
    Submitted,
    Delivered,
    Failed,
    Expired,
}
