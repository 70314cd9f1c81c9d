namespace KooMessage.Platform.Features.SendTasks;

/// <summary>SCHEDULED → QUEUED → SENDING → COMPLETED | COMPLETED_WITH_FAILURES | FAILED; SCHEDULED|QUEUED → CANCELLED.</summary>
public enum SendTaskStatus
{
    Scheduled,
    Queued,
    Sending,
    Completed,
    CompletedWithFailures,
    Failed,
    Cancelled,
}
