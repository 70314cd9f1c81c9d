namespace KooMessage.Benchmarks.Load;

/// <summary>How far the one dispatching send task got while the mix ran.</summary>
public sealed record SendTaskOutcome(int Recipients, int Sent, int Delivered, string Status);
