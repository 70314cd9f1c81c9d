using System.ComponentModel;

namespace KooMessage.Platform.Features.SendTasks;

[Description("PENDING → SUBMITTED → DELIVERED | FAILED | EXPIRED (no receipt within 72 h); numbers that are never sent are INVALID or SKIPPED from the start. DELIVERED, FAILED, EXPIRED, INVALID and SKIPPED are final.")]
public enum RecipientState
{
    [Description("Not handed to the gateway yet (or waiting for a retry).")]
    Pending,

    [Description("Accepted by the gateway, waiting for a delivery receipt.")]
    Submitted,

    [Description("Delivered to the phone, as its receipt reports.")]
    Delivered,

    [Description("Refused by the gateway or reported undelivered.")]
    Failed,

    [Description("No receipt within 72 h.")]
    Expired,

    [Description("Never sent: the number or its variables are invalid (errorCode says which); counted in numbers.invalid and progress.skipped.")]
    Invalid,

    [Description("Never sent: the number cannot render the card and the task's fallback is NONE (channel SKIPPED); counted in progress.skipped.")]
    Skipped,
}
