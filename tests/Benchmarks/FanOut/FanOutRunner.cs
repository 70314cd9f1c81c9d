using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace KooMessage.Benchmarks;

/// <summary>
/// Runs the fan-out scenario for each subscriber count against the baseline and the platform, in the
/// same run on the same machine, and prints latency percentiles and memory per connection with the
/// platform's ratios to the baseline. Every wait is bounded; the whole run stops at the time limit.
/// </summary>
public sealed class FanOutRunner(FanOutOptions options)
{
    private const int WarmUpSubscribers = 50;

    public async Task<int> RunAsync()
    {
        using var deadline = new CancellationTokenSource(options.Timeout);
        var rows = new List<Row>();
        foreach (var subscribers in options.Subscribers)
        {
            foreach (var start in new Func<Task<IFanOutServer>>[]
                     {
                         async () => await BaselineBroadcastServer.StartAsync(),
                         async () => await PlatformFanOutServer.StartAsync(subscribers),
                     })
            {
                await using var server = await start();
                Console.Error.WriteLine($"== {server.Name}, {subscribers} subscribers");
                // A short warm-up run first, so JIT and first-use caches are not counted as per-connection memory.
                await MeasureAsync(server, WarmUpSubscribers, 1, deadline.Token);
                rows.Add(await MeasureAsync(server, subscribers, options.Events, deadline.Token));
            }
        }
        Print(rows);
        return rows.All(r => r.Received == r.Expected) ? 0 : 1;
    }

    private static async Task<Row> MeasureAsync(IFanOutServer server, int subscribers, int events, CancellationToken cancellationToken)
    {
        var (heapBefore, workingSetBefore) = Memory();
        using var client = StartClient(server, subscribers);
        await ExpectLineAsync(client, "ready", cancellationToken);
        await WaitUntilAsync(() => server.Subscribers >= subscribers, cancellationToken);
        var (heapAfter, workingSetAfter) = Memory();

        for (var sequence = 0; sequence <= events; sequence++)
        {
            var publishedAt = Stopwatch.GetTimestamp();
            await server.PublishAsync(sequence);
            await client.StandardInput.WriteLineAsync($"event {sequence} {publishedAt}");
            await client.StandardInput.FlushAsync(cancellationToken);
            Console.Error.WriteLine($"   {await ExpectLineAsync(client, "event", cancellationToken)}");
        }
        await client.StandardInput.WriteLineAsync("quit");
        await client.StandardInput.FlushAsync(cancellationToken);
        var summary = (await ExpectLineAsync(client, "summary", cancellationToken)).Split(' ');
        await client.WaitForExitAsync(cancellationToken);
        await WaitUntilAsync(() => server.Subscribers == 0, cancellationToken);

        return new Row(server.Name, subscribers, subscribers * events, int.Parse(summary[1], CultureInfo.InvariantCulture),
            double.Parse(summary[2], CultureInfo.InvariantCulture), double.Parse(summary[3], CultureInfo.InvariantCulture),
            double.Parse(summary[4], CultureInfo.InvariantCulture),
            (heapAfter - heapBefore) / (double)subscribers, (workingSetAfter - workingSetBefore) / (double)subscribers);
    }

    /// <summary>The same executable, in client mode (through the dotnet host when it was started that way).</summary>
    private static Process StartClient(IFanOutServer server, int subscribers)
    {
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { RedirectStandardInput = true, RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var argument in new[] { "client", server.WebSocketUrl.ToString(), server.SpeaksGraphQLWs ? "graphql-ws" : "raw",
                     subscribers.ToString(CultureInfo.InvariantCulture), PlatformFanOutServer.AdminKey })
            start.ArgumentList.Add(argument);
        return Process.Start(start) ?? throw new InvalidOperationException("The client process did not start.");
    }

    private static async Task<string> ExpectLineAsync(Process client, string prefix, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        var line = await client.StandardOutput.ReadLineAsync(timeout.Token)
            ?? throw new InvalidOperationException($"The client exited (code {(client.HasExited ? client.ExitCode : -1)}) before '{prefix}'.");
        return line.StartsWith(prefix, StringComparison.Ordinal) ? line : throw new InvalidOperationException($"Expected '{prefix}...', got '{line}'.");
    }

    private static async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        while (!condition())
            await Task.Delay(20, timeout.Token);
    }

    private static (long Heap, long WorkingSet) Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }

    private static void Print(List<Row> rows)
    {
        foreach (var group in rows.GroupBy(r => r.Subscribers))
        {
            var baseline = group.First();
            MarkdownTable.Print(Console.Out, $"fanout: {group.Key} idle subscribers, one event at a time (target: p50 and p99 ≤ ×1.5)",
                ["server", "delivered", "p50 µs", "p99 µs", "max µs", "heap B/conn", "working set B/conn"],
                group.Select(r => (IReadOnlyList<string>)[r.Server, $"{r.Received}/{r.Expected}", $"{r.P50:F0}", $"{r.P99:F0}", $"{r.Max:F0}",
                        $"{r.HeapPerConnection:F0}", $"{r.WorkingSetPerConnection:F0}"])
                    .Concat(group.Skip(1).Select(r => (IReadOnlyList<string>)["ratio (platform / baseline)", "", MarkdownTable.Ratio(r.P50, baseline.P50),
                        MarkdownTable.Ratio(r.P99, baseline.P99), MarkdownTable.Ratio(r.Max, baseline.Max),
                        MarkdownTable.Ratio(r.HeapPerConnection, baseline.HeapPerConnection), MarkdownTable.Ratio(r.WorkingSetPerConnection, baseline.WorkingSetPerConnection)])));
        }
    }

    private sealed record Row(string Server, int Subscribers, int Expected, int Received, double P50, double P99, double Max,
        double HeapPerConnection, double WorkingSetPerConnection);
}
