using GraphQL.Types;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class SendTaskPreviewType : ObjectGraphType<SendTaskPreview>
{
    public SendTaskPreviewType()
    {
        Name = "SendTaskPreview";
        Description = "号码解析 and message estimate of a task, without creating it.";
        Field(x => x.Numbers).Description("Counts after de-duplication.");
        Field(x => x.Estimate).Description("Length and SMS parts of the longest message.");
    }
}
