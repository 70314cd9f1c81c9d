namespace KooMessage.Platform.Reviews;

/// <summary>Open review tickets of one kind, across tenants, and when the one waiting longest was submitted.</summary>
public sealed record ReviewQueueLength(string Kind, int Waiting, DateTime OldestSubmittedAt);
