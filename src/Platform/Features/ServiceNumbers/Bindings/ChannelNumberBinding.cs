using KooMessage.Platform.Data;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// 服务号绑定通道号: messages from the channel number, received in the region, show the service
/// number. The regions of one channel number's bindings never overlap (see <see cref="BindingRules"/>).
/// </summary>
public sealed class ChannelNumberBinding : Entity, ITenantOwned, INodeEntity
{
    public static string GraphTypeName => "ChannelNumberBinding";

    public static string Noun => "channel number binding";

    private ChannelNumberBinding()
    {
    }

    public Guid TenantId { get; set; }

    public Guid ServiceNumberId { get; private set; }

    public Guid ChannelNumberId { get; private set; }

    public Region Region { get; private set; }

    public static ChannelNumberBinding Create(ServiceNumber serviceNumber, ChannelNumber channelNumber, Region region) => new()
    {
        ServiceNumberId = serviceNumber.Id,
        ChannelNumberId = channelNumber.Id,
        Region = region,
    };
}
