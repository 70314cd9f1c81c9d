using KooMessage.Platform.Events;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>A task's counters or state changed (a batch was sent, receipts or clicks arrived). Subscribers reload the task.</summary>
public sealed record SendTaskProgressed(Guid TaskId, Guid? TenantId) : IPlatformEvent
{
    public const string Topic = "send-task-progress";
}
