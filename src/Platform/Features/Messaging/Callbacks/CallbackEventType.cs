using System.ComponentModel;

namespace KooMessage.Platform.Features.Messaging;

[Description("What a callback event reports; the body's \"type\" spells it as delivery.receipts, review.result or ping.")]
public enum CallbackEventType
{
    [Description("Delivery receipts (状态报告) of recipients sent by the app's tasks, up to Callbacks:MaxReceiptsPerEvent per event.")]
    DeliveryReceipts,

    [Description("A reviewer approved or rejected one of the app's signatures or templates.")]
    ReviewResult,

    [Description("A test event sent by pingSmsAppCallback.")]
    Ping,
}
