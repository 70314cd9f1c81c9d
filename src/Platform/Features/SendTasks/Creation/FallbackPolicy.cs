using System.ComponentModel;

namespace KooMessage.Platform.Features.SendTasks;

[Description("For numbers that cannot render the card: NONE (不发送), PLAIN_SMS (降级为普通短信), BASIC_EDITION (发送智能信息基础版).")]
public enum FallbackPolicy
{
    [Description("Send nothing (不发送).")]
    None,

    [Description("Downgrade to a plain SMS (降级为普通短信): the template text with the link.")]
    PlainSms,

    [Description("Send the basic edition (发送智能信息基础版): the template text without the card.")]
    BasicEdition,
}
