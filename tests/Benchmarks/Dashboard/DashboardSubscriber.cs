using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using KooMessage.Benchmarks.Load;

namespace KooMessage.Benchmarks.Dashboard;

/// <summary>
/// One graphql-transport-ws socket subscribed to <c>dashboardUpdated(scope: TENANT)</c>, keeping when
/// each message arrived (Stopwatch ticks) and the values one counter had in them, with when (UTC).
/// </summary>
public sealed class DashboardSubscriber
{
    public const string Document = "subscription { dashboardUpdated(scope: TENANT) { changed { name value } } }";

    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(60);

    private readonly List<long> _arrivals = [];
    private readonly List<(DateTime At, int Value)> _values = [];
    private readonly string _counter;
    private ClientWebSocket? _socket;

    public DashboardSubscriber(string counter) => _counter = counter;

    /// <summary>Stopwatch timestamps of the <c>next</c> messages, in order.</summary>
    public IReadOnlyList<long> Arrivals
    {
        get
        {
            lock (_arrivals)
                return [.. _arrivals];
        }
    }

    /// <summary>When a message first showed the counter at <paramref name="target"/> or more (UTC), if one did.</summary>
    public DateTime? ReachedAt(int target)
    {
        lock (_arrivals)
            return _values.Where(v => v.Value >= target).Select(v => (DateTime?)v.At).FirstOrDefault();
    }

    public string? Error { get; private set; }

    /// <summary>Connects, is acknowledged and subscribes; the first message (the whole overview) is awaited too.</summary>
    public async Task SubscribeAsync(Uri baseAddress, string apiKey)
    {
        _socket = new ClientWebSocket();
        _socket.Options.AddSubProtocol("graphql-transport-ws");
        using var connect = new CancellationTokenSource(ConnectTimeout);
        await _socket.ConnectAsync(new UriBuilder(baseAddress) { Scheme = "ws", Path = "/graphql" }.Uri, connect.Token);
        await SendAsync(new { type = "connection_init", payload = new { apiKey } }, connect.Token);
        if (await ReceiveAsync(connect.Token) is not { } ack || Type(ack) != "connection_ack")
            throw new InvalidOperationException($"No connection_ack (close {_socket.CloseStatus}).");
        await SendAsync(new { id = "1", type = "subscribe", payload = new { query = Document } }, connect.Token);
        var first = await ReceiveAsync(connect.Token);
        while (first is { } ping && Type(ping) == "ping")
        {
            await SendAsync(new { type = "pong" }, connect.Token);
            first = await ReceiveAsync(connect.Token);
        }
        if (first is null || Type(first.Value) != "next")
            throw new InvalidOperationException($"The subscription's first message did not come: {first?.ToString() ?? "closed " + _socket.CloseStatus + " " + _socket.CloseStatusDescription}");
    }

    /// <summary>Reads messages until the socket closes or <paramref name="stop"/>.</summary>
    public async Task ListenAsync(CancellationToken stop)
    {
        try
        {
            while (await ReceiveAsync(stop) is { } message)
            {
                switch (Type(message))
                {
                    case "next":
                        Record(message);
                        break;
                    case "ping":
                        await SendAsync(new { type = "pong" }, stop);
                        break;
                    case "error" or "complete":
                        Error = message.ToString();
                        return;
                }
            }
            Error ??= $"closed {_socket!.CloseStatus}";
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over.
        }
        catch (WebSocketException ex)
        {
            Error = ex.Message;
        }
    }

    private void Record(JsonElement message)
    {
        var now = Stopwatch.GetTimestamp();
        var utc = DateTime.UtcNow;
        var value = message.GetProperty("payload").GetProperty("data").GetProperty("dashboardUpdated").GetProperty("changed").EnumerateArray()
            .Where(c => c.GetProperty("name").GetString() == _counter).Select(c => (int?)c.GetProperty("value").GetInt32()).FirstOrDefault();
        lock (_arrivals)
        {
            _arrivals.Add(now);
            if (value is { } changed)
                _values.Add((utc, changed));
        }
    }

    public async Task CloseAsync()
    {
        if (_socket is { State: WebSocketState.Open })
        {
            using var close = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", close.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        _socket?.Dispose();
    }

    private static string? Type(JsonElement message) => LoadSubscription.Type(message);

    private Task SendAsync(object message, CancellationToken cancellationToken) => LoadSubscription.SendAsync(_socket!, message, cancellationToken);

    private Task<JsonElement?> ReceiveAsync(CancellationToken cancellationToken) => LoadSubscription.ReceiveAsync(_socket!, cancellationToken);
}
