using GraphQL.Types;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>Progress counters of a task.</summary>
public sealed class SendTaskProgressType : ObjectGraphType<SendTask>
{
    public SendTaskProgressType()
    {
        Name = "SendTaskProgress";
        Description = "Where a task stands: what was sent, delivered, failed, skipped and clicked.";
        Field<NonNullGraphType<IntGraphType>>("submitted").Description("To be sent (after parsing).").Resolve(c => c.Source.Submitted);
        Field<NonNullGraphType<IntGraphType>>("sent").Description("Accepted by the gateway.").Resolve(c => c.Source.Sent);
        Field<NonNullGraphType<IntGraphType>>("delivered").Description("Delivery receipts received (exposures).").Resolve(c => c.Source.Delivered);
        Field<NonNullGraphType<IntGraphType>>("failed").Description("Refused by the gateway or reported undelivered.").Resolve(c => c.Source.Failed);
        Field<NonNullGraphType<IntGraphType>>("expired").Description("No receipt in time.").Resolve(c => c.Source.Expired);
        Field<NonNullGraphType<IntGraphType>>("skipped").Description("Not sent: invalid, or unresolvable without fallback.").Resolve(c => c.Source.Skipped);
        Field<NonNullGraphType<IntGraphType>>("clicks").Description("Short-link clicks (PV).").Resolve(c => c.Source.Clicks);
        Field<NonNullGraphType<IntGraphType>>("uniqueClicks").Description("Recipients who clicked (UV).").Resolve(c => c.Source.UniqueClicks);
    }
}
