using System.Diagnostics;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Benchmarks.Sending;

/// <summary>
/// Parse + classify a number file (issue 6: 1,000,000 rows within 3× of a bare pass): the platform's
/// streaming NumberParser against a bare loop in the same run — read lines, parse the digits to a
/// long, add to a HashSet&lt;long&gt;. Reports median time and peak managed heap of each.
/// </summary>
public static class NumberParsingBenchmark
{
    public static async Task<int> RunAsync(int rows, int iterations)
    {
        var file = Path.Combine(Path.GetTempPath(), $"koomessage-numbers-{rows}.csv");
        Generate(file, rows);
        Console.WriteLine($"Number file: {rows:N0} rows, {new FileInfo(file).Length / 1024.0 / 1024.0:F1} MiB (5% duplicates, 5% garbage, one variable column)");
        try
        {
            var layout = NumberFileLayout.ForSmsTemplate([new TemplateVariable(1, TemplateVariableType.CharDigit, 20)], allowCustomUrl: true);
            var baseline = await MeasureAsync("bare HashSet<long> pass", iterations, () => BarePassAsync(file));
            var platform = await MeasureAsync("NumberParser (normalise, validate, dedup, classify)", iterations, async () =>
            {
                await using var stream = File.OpenRead(file);
                var result = await NumberParser.ParseAsync(stream, layout, national => national % 97 != 0, null, CancellationToken.None);
                return result.Total;
            });
            Console.WriteLine();
            Console.WriteLine($"{"",-55} {"median",10} {"peak heap",12}");
            Console.WriteLine($"{baseline.Name,-55} {baseline.Median.TotalMilliseconds,8:F0} ms {baseline.PeakHeapMiB,9:F1} MiB");
            Console.WriteLine($"{platform.Name,-55} {platform.Median.TotalMilliseconds,8:F0} ms {platform.PeakHeapMiB,9:F1} MiB");
            Console.WriteLine($"ratio (platform / bare): time ×{platform.Median / baseline.Median:F2}, peak heap ×{platform.PeakHeapMiB / baseline.PeakHeapMiB:F2}   (target: time ≤ ×3)");
            return 0;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void Generate(string path, int rows)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("phone,order");
        var random = new Random(42);
        for (var i = 0; i < rows; i++)
        {
            var roll = random.Next(100);
            if (roll < 5)
                writer.WriteLine("not-a-number,X");
            else if (roll < 10 && i > 0)
                writer.WriteLine($"{13_000_000_000L + random.Next(i)},D{i}");
            else
                writer.WriteLine($"{13_000_000_000L + i},O{i}");
        }
    }

    private static async Task<int> BarePassAsync(string file)
    {
        var seen = new HashSet<long>();
        using var reader = new StreamReader(file);
        await reader.ReadLineAsync();
        while (await reader.ReadLineAsync() is { } line)
        {
            var comma = line.IndexOf(',');
            if (long.TryParse(line.AsSpan(0, comma < 0 ? line.Length : comma), out var number))
                seen.Add(number);
        }
        return seen.Count;
    }

    private sealed record Measurement(string Name, TimeSpan Median, double PeakHeapMiB);

    private static async Task<Measurement> MeasureAsync(string name, int iterations, Func<Task<int>> run)
    {
        await run();
        var times = new List<TimeSpan>();
        long peak = 0;
        for (var i = 0; i < iterations; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var before = GC.GetTotalMemory(true);
            using var sampling = new CancellationTokenSource();
            long localPeak = before;
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    localPeak = Math.Max(localPeak, GC.GetTotalMemory(false));
                    await Task.Delay(5);
                }
            });
            var watch = Stopwatch.StartNew();
            await run();
            watch.Stop();
            sampling.Cancel();
            await sampler;
            times.Add(watch.Elapsed);
            peak = Math.Max(peak, localPeak - before);
        }
        times.Sort();
        return new Measurement(name, times[times.Count / 2], peak / 1024.0 / 1024.0);
    }
}
