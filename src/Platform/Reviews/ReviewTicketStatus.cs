using System.ComponentModel;

namespace KooMessage.Platform.Reviews;

[Description("OPEN while waiting for a reviewer, DECIDED once approved or rejected, WITHDRAWN when the tenant took it back first.")]
public enum ReviewTicketStatus
{
    [Description("Waiting for a reviewer.")]
    Open,

    [Description("Approved or rejected.")]
    Decided,

    [Description("Taken back by the tenant before a decision (撤回).")]
    Withdrawn,
}
