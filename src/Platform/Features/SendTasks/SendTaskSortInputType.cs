using KooMessage.Platform.GraphQL.Sorting;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class SendTaskSortInputType : SortInputType<SendTask>
{
    public SendTaskSortInputType() : base("SendTaskSortInput", "Sort order of send tasks.")
    {
        Sort("name", t => t.Name);
        Sort("status", t => t.Status);
        Sort("scheduledAt", t => t.ScheduledAt);
        Sort("createdAt", t => t.CreatedAt);
    }
}
