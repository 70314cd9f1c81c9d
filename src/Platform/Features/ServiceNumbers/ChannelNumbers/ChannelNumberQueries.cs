using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ChannelNumberQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Connection<ChannelNumberType, ChannelNumber>("channelNumbers")
            .Description("The tenant's channel numbers (通道号).")
            .Filter<ChannelNumberFilterInputType>()
            .Sort<ChannelNumberSortInputType>()
            .Authorize(TenantRoles.Workers)
            .Resolve(ctx => ctx.Db().Set<ChannelNumber>());
    }
}
