using System.ComponentModel;

namespace KooMessage.Platform.Features.SendTasks;

[Description("PREPARING → SCHEDULED → QUEUED → SENDING → SENT → COMPLETED | COMPLETED_WITH_FAILURES | FAILED; PREPARING/SCHEDULED/QUEUED → CANCELLED; PREPARING → FAILED when preparation is interrupted. A task reaches a final state only when every recipient has one (delivered, failed, expired, invalid or skipped), so its counters no longer change (except clicks).")]
public enum SendTaskStatus
{
    [Description("Numbers parsed and counted; recipients and short links are being written in the background (progress.prepared of total). Never dispatched until it is SCHEDULED or QUEUED.")]
    Preparing,

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

    [Description("Final: not a single message was accepted by the gateway, preparation was interrupted, or the packages stopped covering what preparation found to send (failureReason says which).")]
    Failed,

    [Description("Cancelled by the tenant before sending started (while preparing, the recipients written so far stay, never sent).")]
    Cancelled,
}
