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

using KooMessage.Platform.Features.Statistics;

namespace KooMessage.Platform.Features.SendTasks;

public sealed partial class SendTaskMutations : IMutationFields
{
    [GeneratedRegex("^[0-9]{3,11}$")]
    private static partial Regex PrefixPattern();

    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<SendTaskInput>("createSendTask")
            .Description("Creates a smart-message send task: numbers are parsed now (号码解析) and the dispatcher sends it at its time.")
            .Returns<SendTaskType>("sendTask", "The task (the first one, when the idempotency key was used before).")
            .Returns<NumberParsingType>("numbers", "The number parsing.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(PreconditionFailedErrorType), typeof(ConflictErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(CreateAsync);

        mutation.Mutation<CancelSendTaskInput>("cancelSendTask")
            .Description("Cancels a task that has not started sending (SCHEDULED or QUEUED).")
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
        try
        {
            var (task, numbers) = await creator.CreateAsync(prepared, ctx.CancellationToken);
            return MutationPayload.Success(("sendTask", task), ("numbers", NumberParsing.From(numbers, task.Fallback)));
        }
        catch (DbUpdateException ex) when (UniqueConstraint.IsViolation(ex) && prepared.Definition.IdempotencyKey is not null)
        {
            // The same key raced in from another request: that one won; answer with its task.
            ctx.Db().ChangeTracker.Clear();
            var winner = await creator.FindByIdempotencyKeyAsync(prepared.Definition.IdempotencyKey, ctx.CancellationToken);
            return winner is null ? throw new DomainException(new ConflictError("The task could not be stored; try again.")) : Success(winner);
        }
    }

    private static MutationPayload Success(SendTask task) => MutationPayload.Success(("sendTask", task), ("numbers", NumberParsing.Of(task)));

    private static async Task<MutationPayload> CancelAsync(IResolveFieldContext ctx, CancelSendTaskInput input)
    {
        var db = ctx.Db();
        var task = await db.Set<SendTask>().RequireAsync("id", input.Id, ctx.CancellationToken);
        task.Cancel(ctx.UtcNow());
        // The version check makes a dispatcher that leased the task at the same moment win cleanly (ConflictError here).
        var cancelled = await db.InTransactionAsync(async ct =>
        {
            var changed = await db.Set<SendTask>()
                .Where(t => t.Id == task.Id && (t.Status == SendTaskStatus.Scheduled || t.Status == SendTaskStatus.Queued) && t.LeaseOwner == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, SendTaskStatus.Cancelled).SetProperty(t => t.CompletedAt, task.CompletedAt), ct);
            if (changed == 1)
            {
                // Nothing was sent yet: every recipient that would have been is cancelled instead, at the task's creation time.
                foreach (var (channel, count) in task.SubmittedByChannel())
                    await MessageStatisticsRollup.AddAsync(db, MessageStatisticScope.Of(task), channel, task.CreatedAt,
                        new MessageCounts(Submitted: -count, Cancelled: count), ct);
            }
            return changed;
        }, ctx.CancellationToken);
        if (cancelled == 0)
            throw new DomainException(new InvalidStateError("SENDING", "Sending has just started; the task can no longer be cancelled."));
        db.ChangeTracker.Clear();
        return MutationPayload.Success("sendTask", await db.Set<SendTask>().AsNoTracking().FirstAsync(t => t.Id == task.Id, ctx.CancellationToken));
    }
}
