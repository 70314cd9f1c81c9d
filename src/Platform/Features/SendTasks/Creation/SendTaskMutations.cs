using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.SendTasks;

public sealed partial class SendTaskMutations : IMutationFields
{
    [GeneratedRegex("^[0-9]{3,11}$")]
    private static partial Regex PrefixPattern();

    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<SendTaskInput>("createSendTask")
            .Description("Creates a smart-message send task: numbers are parsed now (号码解析) and the dispatcher sends it at its time. "
                + "With Quotas:Enforce on, it reserves what it can send from the tenant's packages or is refused with LimitExceededError (docs/quotas.md).")
            .Returns<SendTaskType>("sendTask", "The task (the first one, when the idempotency key was used before).")
            .Returns<NumberParsingType>("numbers", "The number parsing.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(PreconditionFailedErrorType), typeof(ConflictErrorType),
                typeof(LimitExceededErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(CreateAsync);

        mutation.Mutation<CancelSendTaskInput>("cancelSendTask")
            .Description("Cancels a task that has not started sending (PREPARING, SCHEDULED or QUEUED).")
            .Returns<SendTaskType>("sendTask", "The cancelled task.")
            .Errors(typeof(NotFoundErrorType), typeof(InvalidStateErrorType), typeof(ConflictErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(CancelAsync);

        mutation.Mutation<AddNonCapableRangeInput>("addNonCapableRange")
            .Description("Marks a number range as unable to render smart cards (platform admins and reviewers).")
            .Returns<NonCapableRangeType>("range", "The range.")
            .Errors(typeof(ValidationErrorType), typeof(ConflictErrorType))
            .Authorize(Role.PlatformAdmin, Role.PlatformReviewer)
            .Resolve(async (ctx, input) =>
            {
                var prefix = input.Prefix.Trim();
                new InputValidator().Matches("prefix", prefix, PrefixPattern(), "must be 3–11 digits").MaxLength("note", input.Note, 200).ThrowIfInvalid();
                var db = ctx.Db();
                if (await db.Set<NonCapableRange>().AnyAsync(r => r.Prefix == prefix, ctx.CancellationToken))
                    throw new DomainException(new ConflictError($"The range {prefix} is listed already.", "prefix"));
                var range = NonCapableRange.Create(prefix, input.Note);
                db.Add(range);
                await db.SaveChangesAsync(ctx.CancellationToken);
                return MutationPayload.Success("range", range);
            });

        mutation.Mutation<RemoveNonCapableRangeInput>("removeNonCapableRange")
            .Description("Removes a range from the non-capable list (platform admins and reviewers).")
            .Returns<NonCapableRangeType>("range", "The removed range.")
            .Errors(typeof(NotFoundErrorType))
            .Authorize(Role.PlatformAdmin, Role.PlatformReviewer)
            .Resolve(async (ctx, input) =>
            {
                var db = ctx.Db();
                var range = await db.Set<NonCapableRange>().RequireAsync("id", input.Id, ctx.CancellationToken);
                db.Remove(range);
                await db.SaveChangesAsync(ctx.CancellationToken);
                return MutationPayload.Success("range", range);
            });
    }

    private static async Task<MutationPayload> CreateAsync(IResolveFieldContext ctx, SendTaskInput input)
    {
        ctx.RequireTenantId();
        var creator = ctx.Service<SendTaskCreator>();
        var prepared = await creator.PrepareAsync(input, ctx.CancellationToken);
        if (await creator.FindByIdempotencyKeyAsync(prepared.Definition.IdempotencyKey, ctx.CancellationToken) is { } earlier)
            return Success(earlier);
        var (task, _) = await creator.CreateAsync(prepared, ctx.CancellationToken);
        return Success(task);
    }

    private static MutationPayload Success(SendTask task) => MutationPayload.Success(("sendTask", task), ("numbers", NumberParsing.Of(task)));

    private static async Task<MutationPayload> CancelAsync(IResolveFieldContext ctx, CancelSendTaskInput input)
    {
        var db = ctx.Db();
        var task = await db.Set<SendTask>().Where(t => t.Kind == SendTaskKind.Smart).RequireAsync("id", input.Id, ctx.CancellationToken);
        return MutationPayload.Success("sendTask", await SendTaskCancellation.CancelAsync(db, task, ctx.UtcNow(), ctx.CancellationToken));
    }
}
