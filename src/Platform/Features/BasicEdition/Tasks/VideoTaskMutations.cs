using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Features.BasicEdition;

public sealed class VideoTaskMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<VideoTaskInput>("createVideoTask")
            .Description("Creates a video SMS task (发送视频短信): numbers are parsed now (号码解析) and the dispatcher sends it at its time. "
                + "Needs an approved BASIC_EDITION filing and a video template with an approved revision.")
            .Returns<VideoTaskType>("videoTask", "The task (the first one, when the idempotency key was used before).")
            .Returns<NumberParsingType>("numbers", "The number parsing.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(PreconditionFailedErrorType), typeof(ConflictErrorType),
                typeof(LimitExceededErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(async (ctx, input) =>
            {
                ctx.RequireTenantId();
                var creator = ctx.Service<VideoTaskCreator>();
                var prepared = await creator.PrepareAsync(input, ctx.CancellationToken);
                var task = await creator.FindByIdempotencyKeyAsync(prepared.Definition.IdempotencyKey, ctx.CancellationToken)
                    ?? (await creator.CreateAsync(prepared, ctx.CancellationToken)).Task;
                return MutationPayload.Success(("videoTask", task), ("numbers", NumberParsing.Of(task)));
            });

        mutation.Mutation<CancelVideoTaskInput>("cancelVideoTask")
            .Description("Cancels a video task that has not started sending (PREPARING, SCHEDULED or QUEUED).")
            .Returns<VideoTaskType>("videoTask", "The cancelled task.")
            .Errors(typeof(NotFoundErrorType), typeof(InvalidStateErrorType), typeof(ConflictErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(async (ctx, input) =>
            {
                var db = ctx.Db();
                var task = await db.Set<SendTask>().Where(t => t.Kind == SendTaskKind.Video)
                    .RequireAsync("id", input.Id, VideoTaskType.TypeName, "video task", ctx.CancellationToken);
                return MutationPayload.Success("videoTask", await SendTaskCancellation.CancelAsync(db, task, ctx.UtcNow(), ctx.CancellationToken));
            });
    }
}
