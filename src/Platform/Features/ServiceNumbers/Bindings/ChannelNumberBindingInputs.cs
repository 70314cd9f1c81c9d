using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed record BindChannelNumberInput
{
    [Id, Description("An approved, EFFECTIVE service number.")] public required string ServiceNumberId { get; init; }

    [Id, Description("An approved channel number of the tenant.")] public required string ChannelNumberId { get; init; }

    [Description("NATIONWIDE or one province; must not overlap the channel number's other bindings. Default: the province of the channel number's prefix (号段) where it lies in one, else NATIONWIDE.")]
    public Region? Region { get; init; }
}
