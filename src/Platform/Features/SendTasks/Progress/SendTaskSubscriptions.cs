using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Events;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Authorization;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class SendTaskSubscriptions : ISubscriptionFields
{
    /// <summary>At most this many progress updates per second reach a subscriber; the final state always does.</summary>
    public static readonly TimeSpan Throttle = TimeSpan.FromMilliseconds(250);

    public void AddFields(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<SendTaskType>>("sendTaskProgress")
            .Description("A task's progress as it sends and as receipts arrive: at most 4 updates a second, and the final state; completes when the task ends, which is when every recipient has its outcome (delivered, failed or expired).")
            .Argument<NonNullGraphType<IdGraphType>>("taskId")
            .Authorize(TenantRoles.Workers)
            .ResolveStreamAsync(ctx => SubscribeAsync(ctx, SendTaskKind.Smart, "SendTask", "send task"))
            .ResolveAsync(LoadAsync);
    }

    /// <summary>The task of an event, as the subscriber sees it now.</summary>
    public static async Task<object?> LoadAsync(IResolveFieldContext ctx)
    {
        var taskId = ((SendTaskProgressed)ctx.Source!).TaskId;
        return await ctx.Db().Set<SendTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ctx.CancellationToken);
    }

    /// <summary>
    /// The progress stream of a task of <paramref name="kind"/> (its id encodes <paramref name="graphTypeName"/>): only the
    /// caller's own task (another tenant's looks missing); the tenant filter applies before anything is sent.
    /// </summary>
    public static async Task<IObservable<object?>> SubscribeAsync(IResolveFieldContext context, SendTaskKind kind, string graphTypeName, string noun)
    {
        var argument = context.GetArgument<string>("taskId");
        var tenant = context.RequireTenantId();
        var task = GlobalId.TryDecode(argument, graphTypeName, out var taskId)
            ? await context.Db().Set<SendTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId && t.Kind == kind, context.CancellationToken)
            : null;
        if (task is null)
            throw new ExecutionError($"No {noun} with id '{argument}' was found.") { Code = "NOT_FOUND" };
        var events = context.Service<IEventBus>().Observe<SendTaskProgressed>(SendTaskProgressed.Topic);
        var services = context.RequestServices!.GetRequiredService<IServiceScopeFactory>();
        return new ProgressStream(events, task, tenant, services, context.Service<TimeProvider>());
    }
}
