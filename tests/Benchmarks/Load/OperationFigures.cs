namespace KooMessage.Benchmarks.Load;

/// <summary>One operation kind's figures over the measured run: successes, failures, successes per second, latency percentiles (ms).</summary>
public sealed record OperationFigures(string Operation, int Succeeded, int Failed, double PerSecond, double P50, double P99);
