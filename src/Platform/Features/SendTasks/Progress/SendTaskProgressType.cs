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
        Description = "Where a task stands: what was sent, delivered, failed, skipped and clicked. submitted = delivered + failed + expired + the recipients still PENDING or SUBMITTED; the task is final exactly when none are left.";
        Field(x => x.Prepared).Description("Recipients written by the preparation so far: it equals numbers.total once the task has left PREPARING (while PREPARING, the recipients list and the counters below cover only these).");
        Field(x => x.Submitted).Description("To be sent (after parsing): recipients in PENDING, SUBMITTED, DELIVERED, FAILED or EXPIRED.");
        Field(x => x.Sent).Description("Handed to and accepted by the gateway (SUBMITTED, DELIVERED, EXPIRED, and FAILED after acceptance).");
        Field(x => x.Delivered).Description("Recipients DELIVERED, as receipts report (exposures).");
        Field(x => x.Failed).Description("Recipients FAILED: refused by the gateway or reported undelivered.");
        Field(x => x.Expired).Description("Recipients EXPIRED: no receipt within Dispatch:ReceiptTimeout.");
        Field(x => x.Skipped).Description("Never sent: recipients INVALID, or SKIPPED (unresolvable without fallback).");
        Field(x => x.Clicks).Description("Short-link clicks (PV).");
        Field(x => x.UniqueClicks).Description("Recipients who clicked (UV).");
        Field(x => x.ButtonClicks).Description("Clicks on the card page's buttons.");
    }
}
