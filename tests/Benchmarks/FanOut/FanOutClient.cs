using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;

namespace KooMessage.Benchmarks;

/// <summary>
/// The subscriber side, run as a child process so its sockets, threads and memory are not counted as
/// the server's. It opens the sockets, says "ready", then for each "event &lt;seq&gt; &lt;timestamp&gt;"
/// line waits until every socket has received that event and prints its delivery latencies; the
/// timestamps are Stopwatch ticks, a monotonic clock all processes on the machine share.
/// </summary>
public static class FanOutClient
{
    private const int ConnectConcurrency = 64;
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(string[] args)
    {
        var url = new Uri(args[1]);
        var graphQLWs = args[2] == "graphql-ws";
        var count = int.Parse(args[3]);
        var apiKey = args.Length > 4 ? args[4] : "";
        var maxEvents = 64;
        var arrivals = new long[count, maxEvents];
        var received = new int[maxEvents];
        var complete = Enumerable.Range(0, maxEvents).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var sockets = new ClientWebSocket[count];
        using var stop = new CancellationTokenSource();

        using (var gate = new SemaphoreSlim(ConnectConcurrency))
        {
            await Task.WhenAll(Enumerable.Range(0, count).Select(async index =>
            {
                await gate.WaitAsync();
                try
                {
                    sockets[index] = await ConnectAsync(url, graphQLWs, apiKey);
                }
                finally
                {
                    gate.Release();
                }
                _ = ReceiveAsync(sockets[index], index);
            }));
        }
        Console.WriteLine("ready");

        var latencies = new List<double>();
        while (Console.ReadLine() is { } line && line != "quit")
        {
            var parts = line.Split(' ');
            var sequence = int.Parse(parts[1]);
            var publishedAt = long.Parse(parts[2]);
            await complete[sequence].Task.WaitAsync(EventTimeout).ContinueWith(_ => { });
            var eventLatencies = new List<double>(count);
            for (var i = 0; i < count; i++)
            {
                if (arrivals[i, sequence] != 0)
                    eventLatencies.Add(Stopwatch.GetElapsedTime(publishedAt, arrivals[i, sequence]).TotalMicroseconds);
            }
            eventLatencies.Sort();
            // Event 0 warms up (JIT, first-use caches) and is reported but not counted.
            if (sequence > 0)
                latencies.AddRange(eventLatencies);
            Console.WriteLine($"event {sequence} received {eventLatencies.Count}/{count} p50 {Percentiles.Of(eventLatencies, 0.50):F0} p99 {Percentiles.Of(eventLatencies, 0.99):F0} max {eventLatencies.LastOrDefault():F0}");
        }
        latencies.Sort();
        Console.WriteLine($"summary {latencies.Count} {Percentiles.Of(latencies, 0.50):F0} {Percentiles.Of(latencies, 0.99):F0} {latencies.LastOrDefault():F0}");
        await stop.CancelAsync();
        foreach (var socket in sockets)
            socket.Abort();
        return 0;

        async Task ReceiveAsync(ClientWebSocket socket, int index)
        {
            var buffer = new byte[4096];
            var next = 0;
            try
            {
                while (true)
                {
                    var result = await socket.ReceiveAsync(buffer, stop.Token);
                    if (result.MessageType == WebSocketMessageType.Close)
                        return;
                    var at = Stopwatch.GetTimestamp();
                    while (!result.EndOfMessage)
                        result = await socket.ReceiveAsync(buffer, stop.Token);
                    if (next >= maxEvents)
                        continue;
                    arrivals[index, next] = at;
                    if (Interlocked.Increment(ref received[next]) == count)
                        complete[next].TrySetResult();
                    next++;
                }
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // Shutting down, or the server dropped the socket: its missing events show in the counts.
            }
        }
    }

    private static async Task<ClientWebSocket> ConnectAsync(Uri url, bool graphQLWs, string apiKey)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        if (graphQLWs)
            socket.Options.AddSubProtocol("graphql-transport-ws");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await socket.ConnectAsync(url, timeout.Token);
        if (!graphQLWs)
            return socket;
        await SendAsync(socket, $$$"""{"type":"connection_init","payload":{"apiKey":"{{{apiKey}}}"}}""", timeout.Token);
        var buffer = new byte[1024];
        var ack = await socket.ReceiveAsync(buffer, timeout.Token);
        if (!Encoding.UTF8.GetString(buffer, 0, ack.Count).Contains("connection_ack", StringComparison.Ordinal))
            throw new InvalidOperationException($"Expected connection_ack, got {socket.CloseStatus} {socket.CloseStatusDescription}");
        await SendAsync(socket, $$$"""{"id":"1","type":"subscribe","payload":{"query":"{{{Payloads.Subscription}}}"}}""", timeout.Token);
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, string text, CancellationToken cancellationToken)
        => socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);
}
