using GraphQL;
using GraphQL.Types;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// Progress counters of a task: a second view of <see cref="SendTask"/>, kept out of the CLR type
/// mappings so a <c>SendTask</c> property still maps to <see cref="SendTaskType"/>.
/// </summary>
[DoNotMapClrType]
public sealed class SendTaskProgressType : ObjectGraphType<SendTask>
{
    public SendTaskProgressType()
    {
        Name = "SendTaskProgress";
        Description = "Where a task stands: what was sent, delivered, failed, skipped and clicked.";
        Field(x => x.Submitted).Description("To be sent (after parsing).");
        Field(x => x.Sent).Description("Accepted by the gateway.");
        Field(x => x.Delivered).Description("Delivery receipts received (exposures).");
        Field(x => x.Failed).Description("Refused by the gateway or reported undelivered.");
        Field(x => x.Expired).Description("No receipt in time.");
        Field(x => x.Skipped).Description("Not sent: invalid, or unresolvable without fallback.");
        Field(x => x.Clicks).Description("Short-link clicks (PV).");
        Field(x => x.UniqueClicks).Description("Recipients who clicked (UV).");
    }
}
