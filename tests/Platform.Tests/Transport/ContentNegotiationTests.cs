using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Transport;

/// <summary>
/// Accept is read with its quality values: a query streams only when the client ranks the event stream
/// above JSON (urql's default Accept gets JSON), a subscription streams whenever a stream is acceptable,
/// and 401 answers carry a Bearer challenge.
/// </summary>
public sealed class ContentNegotiationTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    [Theory]
    [InlineData("application/graphql-response+json, application/json, text/event-stream;q=0.5", "application/graphql-response+json")]
    [InlineData("application/json, text/event-stream;q=0.5", "application/json")]
    [InlineData("text/event-stream, application/json;q=0.5", "text/event-stream")]
    [InlineData("text/event-stream", "text/event-stream")]
    public async Task A_query_answers_in_the_type_the_client_ranks_highest(string accept, string expected)
    {
        using var response = await PostAsync(fixture.Host.CreateClient(PlatformHost.AdminKey), "{ __typename }", accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"Query\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_subscription_streams_when_the_stream_is_acceptable_at_all()
    {
        using var http = fixture.Host.CreateClient(PlatformHost.AdminKey);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"subscription { reviewStatusChanged { kind } }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json, text/event-stream;q=0.5");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Nothing_acceptable_is_406()
    {
        using var response = await PostAsync(fixture.Host.CreateClient(), "{ __typename }", "text/plain");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Every_401_carries_a_bearer_challenge()
    {
        using var anonymous = await PostAsync(fixture.Host.CreateClient(), "{ tenants { totalCount } }", "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);

        using var forged = await PostAsync(fixture.Host.CreateClient("km_not_a_real_key_0123456789abcdefghijklmno"), "{ __typename }", "application/json");
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal("error=\"invalid_token\"", forged.Headers.WwwAuthenticate.Single().Parameter);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string query, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Clear();
        request.Headers.Accept.ParseAdd(accept);
        return http.SendAsync(request);
    }
}
