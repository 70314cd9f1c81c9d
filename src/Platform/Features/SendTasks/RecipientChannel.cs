using System.ComponentModel;

namespace KooMessage.Platform.Features.SendTasks;

[Description("How a recipient is reached: SMART card, PLAIN_SMS / BASIC_EDITION fallback of a smart task, VIDEO message of a video task, or SKIPPED.")]
public enum RecipientChannel
{
    [Description("The smart card (智能信息).")]
    Smart,

    [Description("The plain-SMS fallback (降级为普通短信).")]
    PlainSms,

    [Description("The basic-edition fallback (发送智能信息基础版): the template's text only, without the card and without a short link.")]
    BasicEdition,

    [Description("A video SMS (视频短信) of a video task: the video template with the recipient's parameters.")]
    Video,

    [Description("Not sent: invalid, or unresolvable with fallback NONE.")]
    Skipped,
}
