using GraphQL.Types;
using KooMessage.Platform.Features.Messaging;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class SendTaskPreviewType : ObjectGraphType<SendTaskPreview>
{
    public SendTaskPreviewType()
    {
        Name = "SendTaskPreview";
        Description = "号码解析 and message estimate of a task, without creating it.";
        Field<NonNullGraphType<NumberParsingType>>("numbers").Description("Counts after de-duplication.").Resolve(c => c.Source.Numbers);
        Field<NonNullGraphType<MessageEstimateType>>("estimate").Description("Length and SMS parts of the longest message.").Resolve(c => c.Source.Estimate);
    }
}
