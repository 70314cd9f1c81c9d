using System.ComponentModel;

namespace KooMessage.Platform.Reviews;

[Description("OPEN while waiting for a reviewer, DECIDED once approved or rejected.")]
public enum ReviewTicketStatus
{
    [Description("Waiting for a reviewer.")]
    Open,

    [Description("Approved or rejected.")]
    Decided,
}
