using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsTemplateQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Connection<SmsTemplateType, SmsTemplate>("smsTemplates")
            .Description("The tenant's SMS templates (短消息模板).")
            .Filter<SmsTemplateFilterInputType>()
            .Sort<SmsTemplateSortInputType>()
            .Authorize(TenantRoles.Workers)
            .Resolve(ctx => ctx.Db().Set<SmsTemplate>());
    }
}
