namespace KooMessage.Platform.Reviews;

/// <summary>One step of the state machine, as recorded in the audit trail.</summary>
public sealed record ReviewTransition(ReviewStatus From, ReviewStatus To, string? Reason);
