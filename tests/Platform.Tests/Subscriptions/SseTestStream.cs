using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace KooMessage.Platform.Tests.Subscriptions;

/// <summary>
/// A raw GraphQL-over-SSE request: opens the stream and reads its events (comments counted, not
/// returned), every wait bounded.
/// </summary>
public sealed class SseTestStream : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;
    private readonly CancellationTokenSource _closed = new();

    private SseTestStream(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body, Encoding.UTF8);
    }

    public HttpResponseMessage Response => _response;

    public int Comments { get; private set; }

    /// <summary>POSTs <paramref name="query"/> with <c>Accept: text/event-stream</c> and returns once the response headers are in.</summary>
    public static Task<SseTestStream> PostAsync(HttpClient http, string query, object? variables = null)
        => OpenAsync(http, new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) });

    public static Task<SseTestStream> GetAsync(HttpClient http, string query)
        => OpenAsync(http, new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(query)}"));

    private static async Task<SseTestStream> OpenAsync(HttpClient http, HttpRequestMessage request)
    {
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        return new SseTestStream(response, await response.Content.ReadAsStreamAsync(timeout.Token));
    }

    /// <summary>The next event; fails when the stream ends first or nothing comes in time.</summary>
    public async Task<(string Event, string Data)> ReadEventAsync(TimeSpan? timeout = null)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(_closed.Token);
        cancel.CancelAfter(timeout ?? DefaultTimeout);
        string? name = null;
        var data = new List<string>();
        while (true)
        {
            var line = await _reader.ReadLineAsync(cancel.Token) ?? throw new Xunit.Sdk.XunitException("The event stream ended.");
            if (line.Length == 0)
            {
                if (name is null && data.Count == 0)
                    continue;
                return (name ?? "message", string.Join('\n', data));
            }
            if (line.StartsWith(':'))
                Comments++;
            else if (line.StartsWith("event:", StringComparison.Ordinal))
                name = line["event:".Length..].Trim();
            else if (line.StartsWith("data:", StringComparison.Ordinal))
                data.Add(line["data:".Length..].TrimStart());
        }
    }

    /// <summary>Expects a <c>next</c> event and returns its execution result.</summary>
    public async Task<JsonElement> ExpectNextAsync(TimeSpan? timeout = null)
    {
        var (name, data) = await ReadEventAsync(timeout);
        Assert.True(name == "next", $"Expected a next event, got '{name}': {data}");
        return JsonDocument.Parse(data).RootElement.Clone();
    }

    /// <summary>Expects <c>complete</c> and then the end of the response.</summary>
    public async Task ExpectCompleteAsync()
    {
        var (name, data) = await ReadEventAsync();
        Assert.True(name == "complete", $"Expected complete, got '{name}': {data}");
        using var cancel = new CancellationTokenSource(DefaultTimeout);
        Assert.Null(await _reader.ReadLineAsync(cancel.Token));
    }

    public ValueTask DisposeAsync()
    {
        _closed.Cancel();
        _reader.Dispose();
        _response.Dispose();
        _closed.Dispose();
        return ValueTask.CompletedTask;
    }
}
