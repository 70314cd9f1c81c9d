using System.ComponentModel;

namespace KooMessage.Platform.Features.SendTasks;

[Description("PENDING → SUBMITTED → DELIVERED | FAILED | EXPIRED (no receipt within 72 h).")]
public enum RecipientState
{
    [Description("Not handed to the gateway yet; skipped recipients stay here.")]
    Pending,

    [Description("Accepted by the gateway, waiting for a delivery receipt.")]
    Submitted,

    [Description("Delivered to the phone, as its receipt reports.")]
    Delivered,

    [Description("Refused by the gateway or reported undelivered.")]
    Failed,

    [Description("No receipt within 72 h.")]
    Expired,
}
