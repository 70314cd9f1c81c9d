using System.Net.Http.Headers;
using System.Text.Json;
using KooMessage.Client.Runtime.Http;
using KooMessage.Client.Runtime.Serialization;

namespace KooMessage.Client;

/// <summary>
/// GraphQL over HTTP: a POST of <c>application/json</c> (or a multipart request when a variable
/// holds an <see cref="Upload"/>), accepting <c>application/graphql-response+json</c>. A GraphQL
/// body is a result whatever the status code; anything else is a <see cref="GraphQLTransportException"/>.
/// </summary>
public sealed class HttpOperationTransport : IOperationTransport
{
    private const int BodyExcerptLength = 300;

    private readonly HttpClient _httpClient;
    private readonly KooMessageClientOptions _options;

    public HttpOperationTransport(HttpClient httpClient, KooMessageClientOptions options)
    {
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    public async Task<OperationResult<TData>> ExecuteAsync<TData>(OperationRequest request, Func<JsonElement, TData> parseData, CancellationToken cancellationToken)
        where TData : class
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parseData);
        var endpoint = _options.Endpoint ?? _httpClient.BaseAddress
            ?? throw new InvalidOperationException("KooMessageClientOptions.Endpoint is not set.");
        var body = RequestWriter.Write(request, _options.SendDocumentIds);
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!string.IsNullOrEmpty(_options.ApiKey))
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        }

        if (!string.IsNullOrEmpty(_options.TenantId))
        {
            message.Headers.Add("X-Tenant-Id", _options.TenantId);
        }

        if (body.Files.Count > 0)
        {
            // Marks the multipart POST as non-simple, so browsers' CSRF protection on the server applies.
            message.Headers.Add("GraphQL-Preflight", "1");
            message.Content = MultipartRequestContent.Create(body);
        }
        else
        {
            message.Content = new ByteArrayContent(body.Json);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new GraphQLTransportException($"POST {endpoint} failed: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GraphQLTransportException($"POST {endpoint} timed out after {_httpClient.Timeout}.", ex);
        }

        using (response)
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (TryParse(bytes, parseData, out var result))
            {
                return result;
            }

            var status = (int)response.StatusCode;
            var excerpt = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, BodyExcerptLength));
            throw new GraphQLTransportException(
                response.IsSuccessStatusCode
                    ? $"POST {endpoint} answered {status} with a body that is not a GraphQL response: {excerpt}"
                    : $"POST {endpoint} failed with {status} {response.ReasonPhrase}: {excerpt}",
                statusCode: status);
        }
    }

    private static bool TryParse<TData>(byte[] bytes, Func<JsonElement, TData> parseData, out OperationResult<TData> result)
        where TData : class
    {
        result = null!;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            if (!OperationResultParser.IsResponse(document.RootElement))
            {
                return false;
            }

            result = OperationResultParser.Parse(document.RootElement, parseData);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
