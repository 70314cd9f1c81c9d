namespace KooMessage.Benchmarks;

/// <summary>
/// How every benchmark reports: a "### name" heading and one markdown table whose rows are the
/// baseline, the platform and the ratio between them, so a run's output pastes into an issue or the
/// README as is (and the test that runs them all can find one table per benchmark).
/// </summary>
public static class MarkdownTable
{
    public static void Print(TextWriter writer, string benchmark, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        writer.WriteLine();
        writer.WriteLine($"### {benchmark}");
        writer.WriteLine();
        writer.WriteLine("| " + string.Join(" | ", headers) + " |");
        writer.WriteLine("| --- |" + string.Concat(Enumerable.Repeat(" ---: |", headers.Count - 1)));
        foreach (var row in rows)
            writer.WriteLine("| " + string.Join(" | ", row) + " |");
        writer.WriteLine();
    }

    /// <summary>"×0.85": a platform figure over its baseline's.</summary>
    public static string Ratio(double platform, double baseline)
        => baseline == 0 || double.IsNaN(baseline) || double.IsNaN(platform) ? "-" : FormattableString.Invariant($"×{platform / baseline:F2}");
}
