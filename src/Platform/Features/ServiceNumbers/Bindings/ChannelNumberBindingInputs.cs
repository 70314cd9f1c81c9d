using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed record BindChannelNumberInput
{
    [Id, Description("An approved service number.")] public required string ServiceNumberId { get; init; }

    [Id, Description("An approved channel number of the tenant.")] public required string ChannelNumberId { get; init; }

    [Description("NATIONWIDE or one province; must not overlap the channel number's other bindings.")] public required Region Region { get; init; }
}
