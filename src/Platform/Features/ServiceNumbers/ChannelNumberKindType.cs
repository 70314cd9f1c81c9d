using GraphQL.Types;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ChannelNumberKindType : EnumerationGraphType<ChannelNumberKind>
{
    public ChannelNumberKindType()
    {
        Name = nameof(ChannelNumberKind);
        Description = "How a channel number matches senders: ORDINARY 普通号段 (exactly this number, 3–21 digits), "
            + "PREFIX 前缀号段 (numbers starting with it, 3–21 digits), SUFFIX 后缀号段 (numbers ending with it, exactly 5 digits).";
    }
}
