namespace KooMessage.Benchmarks.Load;

/// <summary>The server's resident memory (VmRSS) at a moment of the run, in seconds since the mix started.</summary>
public sealed record MemorySample(double Seconds, long ResidentBytes);
