using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmartTemplateQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Connection<SmartTemplateType, SmartTemplate>("smartTemplates")
            .Description("Smart templates the tenant can use: the platform's public ones and its own.")
            .Filter<SmartTemplateFilterInputType>()
            .Sort<SmartTemplateSortInputType>()
            .Authorize(TenantRoles.Workers)
            .Resolve(ctx => ctx.Db().Set<SmartTemplate>());
    }
}
