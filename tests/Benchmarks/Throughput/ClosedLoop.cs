using System.Diagnostics;

namespace KooMessage.Benchmarks.Throughput;

/// <summary>
/// N connections, each sending the next request as soon as the previous answer is read, until the
/// time is up: the throughput and latency of one kind of request. Every request has a timeout, and
/// the loop ends at the deadline whatever the answers.
/// </summary>
public static class ClosedLoop
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <param name="request">A new request each call (a request message is sent once).</param>
    /// <param name="succeeded">Whether an answer (status and body) is the expected one.</param>
    public static async Task<ThroughputFigures> RunAsync(string name, Uri baseAddress, int connections, TimeSpan duration,
        Func<HttpRequestMessage> request, Func<HttpResponseMessage, string, bool> succeeded)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = baseAddress, Timeout = RequestTimeout };
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var loops = await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>();
            var failed = 0;
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var message = request();
                    using var response = await http.SendAsync(message);
                    var body = await response.Content.ReadAsStringAsync();
                    if (succeeded(response, body))
                        latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                    else
                        failed++;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    failed++;
                }
            }
            return (Latencies: latencies, Failed: failed);
        })));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var all = loops.SelectMany(l => l.Latencies).Order().ToList();
        return new ThroughputFigures(name, all.Count, loops.Sum(l => l.Failed), all.Count / elapsed.TotalSeconds, Percentiles.Of(all, 0.50), Percentiles.Of(all, 0.99));
    }
}
