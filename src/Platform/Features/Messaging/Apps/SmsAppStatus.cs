using System.ComponentModel;

namespace KooMessage.Platform.Features.Messaging;

[Description("ACTIVE, or SUSPENDED by a platform reviewer.")]
public enum SmsAppStatus
{
    [Description("Messages can be sent through it.")]
    Active,

    [Description("Suspended by a reviewer: nothing is sent through it until resumed.")]
    Suspended,
}
