using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Authorization;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Features.BasicEdition;

public sealed class VideoTaskQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Connection<VideoTaskType, SendTask>("videoTasks")
            .Description("The tenant's video SMS tasks (发送视频短信), newest first, with their counters and recipients.")
            .Filter<VideoTaskFilterInputType>()
            .Sort<SendTaskSortInputType>()
            .Authorize(TenantRoles.Workers)
            .Resolve(ctx => ctx.Db().Set<SendTask>().Where(t => t.Kind == SendTaskKind.Video));

        query.Field<NonNullGraphType<VideoTaskPreviewType>>("previewVideoTask")
            .Description("号码解析 of a video task without creating it. Invalid input is a top-level error with the domain error's code "
                + "(VALIDATION, NOT_FOUND, PRECONDITION_FAILED; the message names the field).")
            .Argument<VideoTaskInput>("input")
            .Authorize(TenantRoles.Workers)
            .ResolveAsync(async ctx =>
            {
                try
                {
                    ctx.RequireTenantId();
                    var creator = ctx.Service<VideoTaskCreator>();
                    var prepared = await creator.PrepareAsync(ctx.GetArgument<VideoTaskInput>("input"), ctx.CancellationToken);
                    var numbers = await creator.ParseAsync(prepared, ctx.CancellationToken);
                    return new VideoTaskPreview(NumberParsing.From(numbers, FallbackPolicy.None), prepared.Template.ApprovedParameters);
                }
                catch (DomainException ex)
                {
                    throw PreviewFailure.From(ex);
                }
            });
    }
}
