namespace KooMessage.Platform.Features.SendTasks;

public enum SendMode
{
    /// <summary>立即发送.</summary>
    Immediate,

    /// <summary>定时发送: at scheduledAt, at least 5 minutes and at most 30 days ahead.</summary>
    Scheduled,
}
