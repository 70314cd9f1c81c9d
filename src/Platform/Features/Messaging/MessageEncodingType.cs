using GraphQL.Types;

namespace KooMessage.Platform.Features.Messaging;

public sealed class MessageEncodingType : EnumerationGraphType<MessageEncoding>
{
    public MessageEncodingType()
    {
        Name = nameof(MessageEncoding);
        Description = "GSM_7 (160 per message, 153 per part) or UCS_2 (70 per message, 67 per part).";
    }
}
