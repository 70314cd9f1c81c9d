namespace KooMessage.Platform.Reviews;

public enum ReviewTicketStatus
{
    /// <summary>Waiting for a reviewer.</summary>
    Open,

    /// <summary>Approved or rejected.</summary>
    Decided,
}
