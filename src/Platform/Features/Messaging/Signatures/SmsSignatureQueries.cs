using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsSignatureQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Connection<SmsSignatureType, SmsSignature>("smsSignatures")
            .Description("The tenant's SMS signatures (短消息签名).")
            .Filter<SmsSignatureFilterInputType>()
            .Sort<SmsSignatureSortInputType>()
            .Authorize(TenantRoles.Workers)
            .Resolve(ctx => ctx.Db().Set<SmsSignature>());
    }
}
