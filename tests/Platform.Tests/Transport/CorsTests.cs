using System.Net;
using System.Text;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Transport;

/// <summary>
/// Browser apps on a listed origin may call /graphql and /files: preflights are answered with the
/// headers our clients send, responses carry Access-Control-Allow-Origin; other origins get nothing.
/// </summary>
public sealed class CorsTests : IAsyncLifetime
{
    private const string Allowed = "https://console.example.com";
    private PlatformHost _host = null!;

    public async Task InitializeAsync()
        => _host = await PlatformHost.StartAsync(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = Allowed });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/files/RmlsZTox")]
    public async Task A_preflight_from_a_listed_origin_is_answered_with_the_headers_clients_send(string path)
    {
        using var http = _host.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, path);
        preflight.Headers.Add("Origin", Allowed);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization, content-type, x-tenant-id, graphql-preflight, x-api-key");
        using var response = await http.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Allowed, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var headers = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        foreach (var header in new[] { "authorization", "content-type", "x-tenant-id", "graphql-preflight", "x-api-key" })
            Assert.Contains(header, headers);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task A_request_from_a_listed_origin_carries_the_allow_origin_header_and_exposes_retry_after()
    {
        using var http = _host.CreateClient(PlatformHost.AdminKey);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", Allowed);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Allowed, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("retry-after", string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers")).ToLowerInvariant());
    }

    [Fact]
    public async Task An_unlisted_origin_gets_no_cors_headers()
    {
        using var http = _host.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://evil.example.net");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var response = await http.SendAsync(preflight);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
