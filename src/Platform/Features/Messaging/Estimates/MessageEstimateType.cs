using GraphQL.Types;

namespace KooMessage.Platform.Features.Messaging;

public sealed class MessageEstimateType : ObjectGraphType<MessageEstimate>
{
    public MessageEstimateType()
    {
        Name = "MessageEstimate";
        Description = "Estimated message length and parts (预计短消息字数 / 预计拆分条数).";
        Field(x => x.Characters).Description("Characters as counted for SMS (【signature】 included).");
        Field(x => x.Segments).Description("SMS parts the message is split into.");
        Field(x => x.Encoding).Description("The encoding the length implies.");
    }
}
