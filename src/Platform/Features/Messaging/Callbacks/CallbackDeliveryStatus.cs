using System.ComponentModel;

namespace KooMessage.Platform.Features.Messaging;

[Description("Where a callback event stands.")]
public enum CallbackDeliveryStatus
{
    [Description("Not yet answered with 2xx: waiting for its first attempt or its next retry.")]
    Pending,

    [Description("The receiver answered 2xx.")]
    Delivered,

    [Description("Given up after Callbacks:MaxAttempts attempts (retryCallbackDelivery sends it again).")]
    Failed,
}
