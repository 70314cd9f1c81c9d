using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Authorization;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Features.BasicEdition;

/// <summary>
/// <c>videoTaskProgress</c>, the sibling of <c>sendTaskProgress</c>: the same stream (events, throttle,
/// completion when the task ends), typed as a VideoTask so a dashboard gets the video task's fields.
/// </summary>
public sealed class VideoTaskSubscriptions : ISubscriptionFields
{
    public void AddFields(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<VideoTaskType>>("videoTaskProgress")
            .Description("A video task's progress as it sends and as receipts arrive: at most 4 updates a second, and the final state; completes when the task ends (every recipient delivered, failed or expired).")
            .Argument<NonNullGraphType<IdGraphType>>("taskId")
            .Authorize(TenantRoles.Workers)
            .ResolveStreamAsync(ctx => SendTaskSubscriptions.SubscribeAsync(ctx, SendTaskKind.Video, VideoTaskType.TypeName, "video task"))
            .ResolveAsync(SendTaskSubscriptions.LoadAsync);
    }
}
