using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Features.BasicEdition;

public sealed class VideoTemplateQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Connection<VideoTemplateType, VideoTemplate>("videoTemplates")
            .Description("Video SMS templates the tenant can use: the platform's public ones and its own.")
            .Filter<VideoTemplateFilterInputType>()
            .Sort<VideoTemplateSortInputType>()
            .Authorize(TenantRoles.Workers)
            .Resolve(ctx => ctx.Db().Set<VideoTemplate>());
    }
}
