using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsAppQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Connection<SmsAppType, SmsApp>("smsApps")
            .Description("The tenant's SMS apps (短消息应用).")
            .Filter<SmsAppFilterInputType>()
            .Sort<SmsAppSortInputType>()
            .Authorize(TenantRoles.Workers)
            .Resolve(ctx => ctx.Db().Set<SmsApp>());
    }
}
