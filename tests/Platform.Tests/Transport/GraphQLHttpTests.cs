using System.Net;
using System.Text;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Transport;

/// <summary>GraphQL over HTTP: methods, media types, status codes and limits, over a real socket.</summary>
public sealed class GraphQLHttpTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly HttpClient _http = fixture.Host.CreateClient(PlatformHost.AdminKey);

    private Task<HttpResponseMessage> PostRaw(string body, string? contentType = "application/json", string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = contentType is null ? null : System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return _http.SendAsync(request);
    }

    [Fact]
    public async Task Post_answers_graphql_response_json_when_asked_and_application_json_by_default()
    {
        var preferred = await PostRaw("""{"query":"{ __typename }"}""", accept: "application/graphql-response+json, application/json;q=0.9");
        Assert.Equal(HttpStatusCode.OK, preferred.StatusCode);
        Assert.Equal("application/graphql-response+json", preferred.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", preferred.Content.Headers.ContentType?.CharSet);

        var legacy = await PostRaw("""{"query":"{ __typename }"}""");
        Assert.Equal("application/json", legacy.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await legacy.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_runs_queries_and_refuses_mutations_with_405()
    {
        var query = await _http.GetAsync("/graphql?query=%7B__typename%7D");
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);

        var mutation = await _http.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
        Assert.Contains("POST", mutation.Content.Headers.Allow);
        Assert.Contains("METHOD_NOT_ALLOWED", await mutation.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Post_with_an_unsupported_content_type_is_415(string? contentType)
    {
        var response = await PostRaw("""{"query":"{ __typename }"}""", contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("UNSUPPORTED_MEDIA_TYPE", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Malformed_json_is_400_for_both_media_types()
    {
        foreach (var accept in new[] { "application/json", "application/graphql-response+json" })
        {
            var response = await PostRaw("""{ "not a JSON""", accept: accept);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("INVALID_REQUEST", await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData("""{"query": 42}""")]
    [InlineData("""{"variables": {}}""")]
    [InlineData("""{"query":"{ __typename }","variables":"nope"}""")]
    public async Task Invalid_request_parameters_are_400(string body)
    {
        var response = await PostRaw(body, accept: "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Validation_errors_are_400_with_graphql_response_json_and_200_with_application_json()
    {
        var strict = await PostRaw("""{"query":"{ noSuchField }"}""", accept: "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        var body = await strict.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\"data\"", body);
        Assert.Contains("\"code\"", body);

        var legacy = await PostRaw("""{"query":"{ noSuchField }"}""", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
    }

    [Fact]
    public async Task Syntax_errors_and_unknown_operations_fail_before_execution()
    {
        var syntax = await PostRaw("""{"query":"{ __typename"}""", accept: "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.BadRequest, syntax.StatusCode);
        Assert.Contains("SYNTAX_ERROR", await syntax.Content.ReadAsStringAsync());

        var unknown = await PostRaw("""{"query":"query A { __typename }","operationName":"B"}""", accept: "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Variables_of_the_wrong_type_fail_before_execution()
    {
        var response = await PostRaw("""{"query":"query($first: Int) { tenants(first: $first) { totalCount } }","variables":{"first":"ten"}}""",
            accept: "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Bodies_over_the_limit_are_413_without_being_read_whole()
    {
        var huge = "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"" + new string('a', 2 * 1024 * 1024) + "\"}}";
        var response = await PostRaw(huge, accept: "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("REQUEST_TOO_LARGE", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Nothing_acceptable_is_406()
    {
        var response = await PostRaw("""{"query":"{ __typename }"}""", accept: "text/html");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        var response = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}") });
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Subscriptions_over_plain_http_are_refused_with_a_hint()
    {
        var response = await PostRaw("""{"query":"subscription { __typename }"}""", accept: "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Health_endpoints_answer_for_load_balancers()
    {
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/health/live")).StatusCode);
        var ready = await _http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }
}
