using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Authorization;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.Tenancy;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class SendTaskQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Connection<SendTaskType, SendTask>("sendTasks")
            .Description("The tenant's smart-message send tasks, newest first (video tasks are listed by videoTasks).")
            .Filter<SendTaskFilterInputType>()
            .Sort<SendTaskSortInputType>()
            .Authorize(TenantRoles.Workers)
            .Resolve(ctx => ctx.Db().Set<SendTask>().Where(t => t.Kind == SendTaskKind.Smart));

        query.Field<NonNullGraphType<SendTaskPreviewType>>("previewSendTask")
            .Description("号码解析 without creating: counts (total, invalid, resolvable, unresolvable, submitted) and the message estimate. "
                + "Invalid input is a top-level error with code VALIDATION (the message names the field).")
            .Argument<SendTaskInput>("input")
            .Authorize(TenantRoles.Workers)
            .ResolveAsync(async ctx =>
            {
                try
                {
                    ctx.RequireTenantId();
                    var creator = ctx.Service<SendTaskCreator>();
                    var prepared = await creator.PrepareAsync(ctx.GetArgument<SendTaskInput>("input"), ctx.CancellationToken);
                    var numbers = await creator.ParseAsync(prepared, ctx.CancellationToken);
                    return new SendTaskPreview(NumberParsing.From(numbers, prepared.Definition.Fallback), creator.Estimate(prepared));
                }
                catch (DomainException ex)
                {
                    throw PreviewFailure.From(ex);
                }
            });

        query.Connection<NonCapableRangeType, NonCapableRange>("nonCapableRanges")
            .Description("Number ranges treated as unable to render smart cards.")
            .Authorize(Role.PlatformAdmin, Role.PlatformReviewer)
            .DefaultOrder(q => q.OrderBy(r => r.Prefix), "by prefix")
            .Resolve(ctx => ctx.Db().Set<NonCapableRange>());
    }
}
