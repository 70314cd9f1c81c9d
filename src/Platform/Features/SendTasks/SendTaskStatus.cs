using System.ComponentModel;

namespace KooMessage.Platform.Features.SendTasks;

[Description("SCHEDULED → QUEUED → SENDING → SENT → COMPLETED | COMPLETED_WITH_FAILURES | FAILED; SCHEDULED/QUEUED → CANCELLED. A task reaches a final state only when every recipient has one (delivered, failed, expired, invalid or skipped), so its counters no longer change (except clicks).")]
public enum SendTaskStatus
{
    [Description("Waiting for scheduledAt.")]
    Scheduled,

    [Description("Due, waiting for the dispatcher.")]
    Queued,

    [Description("Being sent in batches.")]
    Sending,

    [Description("Every message was handed to the gateway; waiting for delivery receipts (or their expiry after Dispatch:ReceiptTimeout).")]
    Sent,

    [Description("Final: every message was delivered.")]
    Completed,

    [Description("Final: every message has its outcome and some failed or expired.")]
    CompletedWithFailures,

    [Description("Final: not a single message was accepted by the gateway.")]
    Failed,

    [Description("Cancelled by the tenant before sending started.")]
    Cancelled,
}
