using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KooMessage.Benchmarks.Load;

/// <summary>
/// Posts GraphQL requests to /graphql as one credential and classifies each answer: success, or an
/// error named by HTTP status and GraphQL code. Mutations name their payload field, whose typed
/// <c>errors</c> count as failures too.
/// </summary>
public sealed class LoadGraphQLClient(Uri baseAddress, string apiKey) : IDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);

    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        BaseAddress = baseAddress,
        Timeout = RequestTimeout,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", apiKey) },
    };

    public string ApiKey => apiKey;

    public Task<GraphQLCallResult> QueryAsync(string query, object? variables = null)
        => SendAsync(Json(query, variables), payloadField: null);

    /// <summary>A mutation whose <paramref name="payloadField"/> carries <c>errors { code }</c>.</summary>
    public Task<GraphQLCallResult> MutateAsync(string payloadField, string query, object? variables = null)
        => SendAsync(Json(query, variables), payloadField);

    /// <summary>A GraphQL multipart request uploading one file as <c>$file</c>.</summary>
    public Task<GraphQLCallResult> UploadAsync(byte[] bytes, string fileName, string purpose)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(new { query = LoadDocuments.Upload, variables = new { file = (object?)null, purpose } })), "operations" },
            { new StringContent("""{"0":["variables.file"]}"""), "map" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "0", fileName);
        return SendAsync(content, "uploadFile");
    }

    private static StringContent Json(string query, object? variables)
        => new(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json");

    private async Task<GraphQLCallResult> SendAsync(HttpContent content, string? payloadField)
    {
        var started = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        // Multipart requests need it (CSRF prevention); harmless on JSON ones.
        request.Headers.Add("GraphQL-Preflight", "1");
        try
        {
            using var response = await _http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var elapsed = Stopwatch.GetElapsedTime(started);
            var status = (int)response.StatusCode;
            return Classify(status, body, payloadField, elapsed);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return new GraphQLCallResult(0, "exception " + ex.GetType().Name, default, ex.Message, Stopwatch.GetElapsedTime(started));
        }
    }

    private static GraphQLCallResult Classify(int status, string body, string? payloadField, TimeSpan elapsed)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException)
        {
            return new GraphQLCallResult(status, $"{status} non-JSON", default, body, elapsed);
        }
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            return new GraphQLCallResult(status, $"{status} {Code(errors[0])}", default, body, elapsed);
        if (status != 200 || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            return new GraphQLCallResult(status, $"{status} no data", default, body, elapsed);
        if (payloadField is not null && data.GetProperty(payloadField).TryGetProperty("errors", out var payloadErrors)
            && payloadErrors.ValueKind == JsonValueKind.Array && payloadErrors.GetArrayLength() > 0)
            return new GraphQLCallResult(status, $"{status} payload {Code(payloadErrors[0])}", data, body, elapsed);
        return new GraphQLCallResult(status, null, data, body, elapsed);
    }

    /// <summary>A top-level error's <c>extensions.code</c>, or a payload error's <c>code</c> (its type name when it has none).</summary>
    private static string Code(JsonElement error)
    {
        if (error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code))
            return code.GetString() ?? "null";
        if (error.TryGetProperty("code", out var payloadCode) && payloadCode.ValueKind == JsonValueKind.String)
            return payloadCode.GetString()!;
        return error.TryGetProperty("__typename", out var type) ? type.GetString()! : "no code";
    }

    public void Dispose() => _http.Dispose();
}
