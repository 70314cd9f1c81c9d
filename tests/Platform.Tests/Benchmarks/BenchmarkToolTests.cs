using System.Diagnostics;
using System.Text.RegularExpressions;

namespace KooMessage.Platform.Tests.Benchmarks;

/// <summary>
/// The benchmarks as a tool (issue 19 item 6): <c>all --quick</c> in a child process, as a developer
/// runs it, must finish with exit code 0 and print one markdown table per benchmark with its baseline
/// and ratio rows. The figures are printed, never asserted: they depend on the machine.
/// </summary>
[Collection(LoadBenchmarkCollection.Name)]
public sealed partial class BenchmarkToolTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly string[] Benchmarks = ["parsing", "dispatch", "taskcreate", "fanout", "load", "auth", "list", "statistics", "export", "dashboard"];

    [Fact]
    public async Task All_quick_runs_every_benchmark_and_prints_a_table_with_baseline_and_ratio_for_each()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "KooMessage.Benchmarks.dll"), "all", "--quick" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var standardError = process.StandardError.ReadToEndAsync();
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        // Generous: the quick run takes about a minute on an idle 2-core machine, several when it is shared.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(12));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
        var printed = await standardOutput;
        var errors = await standardError;
        output.WriteLine(printed);
        output.WriteLine(errors);

        // A benchmark says why it failed on standard error ("<name> benchmark failed: …"): the message carries it.
        Assert.True(process.ExitCode == 0, $"Exit code {process.ExitCode}:\n{printed}\n{errors[Math.Max(0, errors.Length - 4000)..]}");
        foreach (var benchmark in Benchmarks)
        {
            var table = Table(benchmark).Match(printed);
            Assert.True(table.Success, $"No table for {benchmark}:\n{printed}");
            Assert.Contains("(baseline)", table.Value, StringComparison.Ordinal);
            Assert.Matches(@"\| ratio \(.*×\d", table.Value);
        }
        // dispatch runs twice: through the Sandbox and through the Webhook gateway to its stub carrier bridge.
        Assert.Contains("| platform dispatcher (Webhook gateway) |", printed, StringComparison.Ordinal);
    }

    /// <summary>The "### name..." heading and the table's lines after it.</summary>
    private static Regex Table(string benchmark) => new($@"^### {benchmark}\b.*\n\n(\|.*\n)+", RegexOptions.Multiline);
}
