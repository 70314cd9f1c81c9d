using GraphQL.Types;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsTypeType : EnumerationGraphType<SmsType>
{
    public SmsTypeType()
    {
        Name = nameof(SmsType);
        Description = "NOTIFICATION (通知类) or PROMOTION (推广类, content ends with 拒收请回复R).";
    }
}
