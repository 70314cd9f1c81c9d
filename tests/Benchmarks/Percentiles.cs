namespace KooMessage.Benchmarks;

public static class Percentiles
{
    /// <summary>The nearest-rank percentile of already sorted samples; NaN when there are none.</summary>
    public static double Of(IReadOnlyList<double> sorted, double quantile)
        => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)];
}
