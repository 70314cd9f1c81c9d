using System.ComponentModel;

namespace KooMessage.Platform.Features.SendTasks;

[Description("How a recipient is reached: SMART card, PLAIN_SMS / BASIC_EDITION fallback, or SKIPPED.")]
public enum RecipientChannel
{
    [Description("The smart card (智能信息).")]
    Smart,

    [Description("The plain-SMS fallback (降级为普通短信).")]
    PlainSms,

    [Description("The basic-edition fallback (智能信息基础版).")]
    BasicEdition,

    [Description("Not sent: invalid, or unresolvable with fallback NONE.")]
    Skipped,
}
