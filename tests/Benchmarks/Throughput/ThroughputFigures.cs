using System.Globalization;

namespace KooMessage.Benchmarks.Throughput;

/// <summary>What a closed-loop run saw: answers as expected, others, answers per second, latency percentiles (ms).</summary>
public sealed record ThroughputFigures(string Name, int Succeeded, int Failed, double PerSecond, double P50, double P99)
{
    public static readonly IReadOnlyList<string> Headers = ["request", "ok", "failed", "req/s", "p50 ms", "p99 ms"];

    /// <summary>This run as a table row under <see cref="Headers"/>.</summary>
    public IReadOnlyList<string> Cells()
        => [Name, Succeeded.ToString(CultureInfo.InvariantCulture), Failed.ToString(CultureInfo.InvariantCulture),
            PerSecond.ToString("F0", CultureInfo.InvariantCulture), Milliseconds(P50), Milliseconds(P99)];

    private static string Milliseconds(double value) => double.IsNaN(value) ? "-" : value.ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>The ratio row of this run against <paramref name="baseline"/>.</summary>
    public IReadOnlyList<string> RatioTo(ThroughputFigures baseline, string name)
        => [name, "", "", MarkdownTable.Ratio(PerSecond, baseline.PerSecond), MarkdownTable.Ratio(P50, baseline.P50), MarkdownTable.Ratio(P99, baseline.P99)];
}
