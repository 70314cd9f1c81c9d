namespace KooMessage.Platform.Reviews;

/// <summary>
/// Open review tickets of one kind, across tenants: how many, how many are past their due time, and when
/// the one waiting longest was submitted.
/// </summary>
public sealed record ReviewQueueLength(string Kind, int Waiting, int Overdue, DateTime OldestSubmittedAt);
