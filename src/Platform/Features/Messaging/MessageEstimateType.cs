using GraphQL.Types;

namespace KooMessage.Platform.Features.Messaging;

public sealed class MessageEstimateType : ObjectGraphType<MessageEstimate>
{
    public MessageEstimateType()
    {
        Name = "MessageEstimate";
        Description = "Estimated message length and parts (预计短消息字数 / 预计拆分条数).";
        Field<NonNullGraphType<IntGraphType>>("characters").Description("Characters as counted for SMS (【signature】 included).").Resolve(c => c.Source.Characters);
        Field<NonNullGraphType<IntGraphType>>("segments").Description("SMS parts the message is split into.").Resolve(c => c.Source.Segments);
        Field<NonNullGraphType<MessageEncodingType>>("encoding").Description("The encoding the length implies.").Resolve(c => c.Source.Encoding);
    }
}
