using System.ComponentModel;

namespace KooMessage.Platform.Features.Filings;

[Description("What a SMART_MESSAGE filing covers: SEND_TASK (发送任务) and/or SHORT_LINK (短链).")]
public enum FilingKind
{
    [Description("Send tasks (发送任务).")]
    SendTask,

    [Description("Short links (短链).")]
    ShortLink,
}
