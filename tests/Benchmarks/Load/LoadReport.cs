using System.Globalization;
using KooMessage.Benchmarks.Throughput;

namespace KooMessage.Benchmarks.Load;

/// <summary>What a load run measured, and its printout.</summary>
public sealed record LoadReport(
    int Clients,
    int Subscribers,
    TimeSpan Elapsed,
    ThroughputFigures Baseline,
    IReadOnlyList<OperationFigures> Operations,
    IReadOnlyDictionary<string, int> Errors,
    int ServerErrors,
    int LockedResponses,
    int LockedLogLines,
    bool ServerExited,
    IReadOnlyList<MemorySample> Memory,
    SendTaskOutcome SendTask)
{
    private const int MemoryRows = 13;

    public int Requests => Operations.Where(o => o.Operation != LoadSubscription.Event).Sum(o => o.Succeeded + o.Failed);

    public double Throughput => Operations.Where(o => o.Operation != LoadSubscription.Event).Sum(o => o.Succeeded) / Elapsed.TotalSeconds;

    public void Print(TextWriter writer)
    {
        var c = CultureInfo.InvariantCulture;
        var succeeded = Operations.Where(o => o.Operation != LoadSubscription.Event).ToList();
        var mix = new ThroughputFigures("the platform's mix", succeeded.Sum(o => o.Succeeded), succeeded.Sum(o => o.Failed), Throughput,
            double.NaN, double.NaN);
        MarkdownTable.Print(writer, string.Create(c, $"load: {Clients} clients ({Subscribers} holding a subscription) for {Elapsed.TotalSeconds:F1} s, one send task dispatching"),
            ThroughputFigures.Headers, [Baseline.Cells(), mix.Cells(), mix.RatioTo(Baseline, "ratio (mix / baseline)")]);
        writer.WriteLine("The mix's latencies are per operation:");
        writer.WriteLine();
        writer.WriteLine("| operation | ok | failed | ok/s | p50 ms | p99 ms |");
        writer.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var o in Operations)
            writer.WriteLine(string.Create(c, $"| {o.Operation} | {o.Succeeded} | {o.Failed} | {o.PerSecond:F1} | {Milliseconds(o.P50)} | {Milliseconds(o.P99)} |"));
        writer.WriteLine();
        writer.WriteLine(Errors.Count == 0 ? "Errors: none." : "Errors by code: " + string.Join(", ", Errors.Select(e => $"{e.Key} ×{e.Value}")));
        writer.WriteLine(string.Create(c, $"5xx responses: {ServerErrors}. \"database is locked\": {LockedResponses} in responses, {LockedLogLines} in the server's output.")
            + (ServerExited ? " The server exited during the run." : ""));
        writer.WriteLine(string.Create(c, $"Send task: {SendTask.Sent} of {SendTask.Recipients} sent, {SendTask.Delivered} delivered, status {SendTask.Status}."));
        writer.WriteLine();
        writer.WriteLine("Server resident memory (VmRSS, sampled each second):");
        var step = Math.Max(1, (Memory.Count + MemoryRows - 2) / (MemoryRows - 1));
        var shown = Memory.Where((_, i) => i % step == 0 || i == Memory.Count - 1);
        writer.WriteLine(string.Join("  ", shown.Select(m => string.Create(c, $"{m.Seconds:F0}s {m.ResidentBytes / 1048576.0:F0} MB"))));
        if (Memory.Count > 0)
            writer.WriteLine(string.Create(c, $"min {Memory.Min(m => m.ResidentBytes) / 1048576.0:F0} MB, max {Memory.Max(m => m.ResidentBytes) / 1048576.0:F0} MB."));
    }

    private static string Milliseconds(double value) => double.IsNaN(value) ? "-" : value.ToString("F1", CultureInfo.InvariantCulture);
}
