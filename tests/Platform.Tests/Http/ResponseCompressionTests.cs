using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Http;

/// <summary>JSON answers are compressed when the client asks for it; event streams never are.</summary>
public sealed class ResponseCompressionTests : IAsyncLifetime
{
    private PlatformHost _host = null!;

    public async Task InitializeAsync() => _host = await PlatformHost.StartAsync();

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<HttpResponseMessage> PostAsync(string encoding, string accept = "application/graphql-response+json")
    {
        using var http = new HttpClient(); // no automatic decompression: the test reads the raw encoding
        var request = new HttpRequestMessage(HttpMethod.Post, _host.GraphQLEndpoint)
        {
            Content = new StringContent("""{"query":"{ __schema { types { name description } } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(accept);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task A_json_result_is_compressed_on_request(string encoding)
    {
        using var response = await PostAsync(encoding);
        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        await using var raw = await response.Content.ReadAsStreamAsync();
        await using Stream plain = encoding == "gzip" ? new GZipStream(raw, CompressionMode.Decompress) : new BrotliStream(raw, CompressionMode.Decompress);
        using var document = await JsonDocument.ParseAsync(plain);
        Assert.True(document.RootElement.GetProperty("data").GetProperty("__schema").GetProperty("types").GetArrayLength() > 10);
    }

    [Fact]
    public async Task An_event_stream_is_not_compressed()
    {
        using var response = await PostAsync("gzip", accept: "text/event-stream");
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
