using System.ComponentModel;

namespace KooMessage.Platform.Features.SendTasks;

[Description("IMMEDIATE (立即发送) or SCHEDULED (定时发送).")]
public enum SendMode
{
    [Description("Send now (立即发送).")]
    Immediate,

    [Description("Send at scheduledAt (定时发送), at least 5 minutes and at most 30 days ahead.")]
    Scheduled,
}
