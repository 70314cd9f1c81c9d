using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ChannelNumberBindingType : NodeObjectType<ChannelNumberBinding>
{
    public ChannelNumberBindingType() : base("ChannelNumberBinding",
        "服务号绑定通道号: messages from the channel number, received in the region, show the service number.")
    {
        Field(x => x.Region).Description("NATIONWIDE or one province.");
        Field<ServiceNumberType>("serviceNumber").Description("The service number shown.")
            .Resolve(c => EntityLoaders.ById<ServiceNumber>(c).Load(c.Source.ServiceNumberId));
        Field<ChannelNumberType>("channelNumber").Description("The channel number.")
            .Resolve(c => EntityLoaders.ById<ChannelNumber>(c).Load(c.Source.ChannelNumberId));
    }
}
