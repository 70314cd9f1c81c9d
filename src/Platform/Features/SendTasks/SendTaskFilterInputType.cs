using KooMessage.Platform.GraphQL.Filtering;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class SendTaskFilterInputType : FilterInputType<SendTask>
{
    public SendTaskFilterInputType() : base("SendTaskFilterInput", "Conditions on send tasks.")
    {
        Id("id", t => t.Id, "SendTask");
        Text("name", t => t.Name);
        Enum("status", t => t.Status);
        Enum("sendMode", t => t.SendMode);
        Flag("trial", t => t.Trial);
        Time("scheduledAt", t => t.ScheduledAt);
        Time("createdAt", t => t.CreatedAt);
    }
}
