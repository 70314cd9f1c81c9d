using System.ComponentModel;

namespace KooMessage.Platform.Features.Statistics;

[Description("The kind of send task a statistic counts: smart (card) messages today, video messages (basic edition) once they have send tasks.")]
public enum MessageProduct
{
    [Description("Smart-message send tasks (智能信息).")]
    Smart,

    [Description("Video-message send tasks (智能信息基础版).")]
    Video,
}
