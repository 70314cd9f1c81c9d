using System.ComponentModel;

namespace KooMessage.Platform.Features.SendTasks;

[Description("What a send task sends: SMART cards (发送智能信息) or VIDEO messages of the basic edition (发送视频短信).")]
public enum SendTaskKind
{
    [Description("Smart messages (智能信息): the card, with fallbacks for phones that cannot show it.")]
    Smart,

    [Description("Video SMS (智能信息基础版): a reviewed video template with per-recipient parameters.")]
    Video,
}
