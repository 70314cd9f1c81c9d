using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.GraphQL.Filtering;

namespace KooMessage.Platform.Features.BasicEdition;

public sealed class VideoTaskFilterInputType : FilterInputType<SendTask>
{
    public VideoTaskFilterInputType() : base("VideoTaskFilterInput", "Conditions on video tasks.")
    {
        Id("id", t => t.Id, VideoTaskType.TypeName);
        Text("name", t => t.Name);
        Enum("status", t => t.Status);
        Enum("sendMode", t => t.SendMode);
        Time("scheduledAt", t => t.ScheduledAt);
        Time("createdAt", t => t.CreatedAt);
    }
}
