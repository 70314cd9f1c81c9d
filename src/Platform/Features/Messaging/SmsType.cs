using System.ComponentModel;

namespace KooMessage.Platform.Features.Messaging;

[Description("NOTIFICATION (通知类) or PROMOTION (推广类, content ends with 拒收请回复R).")]
public enum SmsType
{
    [Description("Notification (通知类).")]
    Notification,

    [Description("Promotion (推广类): the content must end with the opt-out 拒收请回复R.")]
    Promotion,
}
