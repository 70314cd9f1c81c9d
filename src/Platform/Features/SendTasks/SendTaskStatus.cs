using System.ComponentModel;

namespace KooMessage.Platform.Features.SendTasks;

[Description("SCHEDULED → QUEUED → SENDING → COMPLETED | COMPLETED_WITH_FAILURES | FAILED; SCHEDULED/QUEUED → CANCELLED.")]
public enum SendTaskStatus
{
    [Description("Waiting for scheduledAt.")]
    Scheduled,

    [Description("Due, waiting for the dispatcher.")]
    Queued,

    [Description("Being sent in batches.")]
    Sending,

    [Description("Finished without a failed message.")]
    Completed,

    [Description("Finished; some messages failed.")]
    CompletedWithFailures,

    [Description("Finished without sending a single message.")]
    Failed,

    [Description("Cancelled by the tenant before sending started.")]
    Cancelled,
}
