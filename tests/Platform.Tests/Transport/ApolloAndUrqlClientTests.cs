using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Transport;

/// <summary>
/// The frontend clients as frontend teams use them, from npm against a live instance: Apollo's
/// PersistedQueryLink (automatic persisted queries over POST and GET), Apollo's BatchHttpLink, and urql
/// with its default Accept header, each in Node with unhandled rejections fatal.
/// </summary>
public sealed class ApolloAndUrqlClientTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromSeconds(60);

    private PlatformHost Host => fixture.Host;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Apollo_PersistedQueryLink_falls_back_to_the_text_once_then_sends_the_hash_alone(bool useGetForHashedQueries)
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("apollo-apq"));
        // A fresh operation name: a text this instance has never registered.
        var query = $"query Apq{Guid.NewGuid():N} {{ viewer {{ tenant {{ slug }} }} }}";

        var run = JsonDocument.Parse(await NodeScript.RunStrictAsync("apollo-persisted-queries.mjs", NodeTimeout,
            Host.GraphQLEndpoint.ToString(), tenant.Key, query, useGetForHashedQueries ? "true" : "false")).RootElement;

        Assert.All(run.GetProperty("results").EnumerateArray(), r =>
            Assert.Equal(tenant.Slug, r.GetProperty("data").GetProperty("viewer").GetProperty("tenant").GetProperty("slug").GetString()));
        var requests = run.GetProperty("requests").EnumerateArray().Select(Sent).ToList();
        var hashOnly = useGetForHashedQueries ? "GET hash" : "POST hash";
        // The first query: the hash alone (unknown), then the text with its hash; the second: the hash alone.
        Assert.Equal([hashOnly, "POST text+hash", hashOnly], requests);
    }

    [Fact]
    public async Task Apollo_BatchHttpLink_sends_one_request_and_gets_each_result()
    {
        var run = JsonDocument.Parse(await NodeScript.RunStrictAsync("apollo-batch.mjs", NodeTimeout, Host.GraphQLEndpoint.ToString(), PlatformHost.AdminKey,
            "query One { viewer { roles } }", "query Two { viewer { authenticated } }", "query Three { __typename }")).RootElement;

        var request = Assert.Single(run.GetProperty("requests").EnumerateArray());
        Assert.Equal(3, request.GetProperty("body").GetArrayLength());
        var results = run.GetProperty("results");
        Assert.Equal("PLATFORM_ADMIN", results[0].GetProperty("data").GetProperty("viewer").GetProperty("roles")[0].GetString());
        Assert.True(results[1].GetProperty("data").GetProperty("viewer").GetProperty("authenticated").GetBoolean());
        Assert.Equal("Query", results[2].GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Urql_with_its_default_Accept_gets_JSON_results_and_leaves_no_unhandled_rejection()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("urql"));

        var run = JsonDocument.Parse(await NodeScript.RunStrictAsync("urql-client.mjs", NodeTimeout, Host.GraphQLEndpoint.ToString(), tenant.Key,
            "query { viewer { tenant { slug } } }", "5")).RootElement;

        Assert.Equal(5, run.GetProperty("results").GetArrayLength());
        Assert.All(run.GetProperty("results").EnumerateArray(), r =>
            Assert.Equal(tenant.Slug, r.GetProperty("data").GetProperty("viewer").GetProperty("tenant").GetProperty("slug").GetString()));
        Assert.All(run.GetProperty("requests").EnumerateArray(), r =>
        {
            // urql's own default, unchanged: it lists text/event-stream, yet a query is answered with JSON.
            Assert.Contains("text/event-stream", r.GetProperty("accept").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("application/graphql-response+json", r.GetProperty("contentType").GetString(), StringComparison.Ordinal);
        });
    }

    /// <summary>"METHOD what": whether the request carried the text, the hash, or both.</summary>
    private static string Sent(JsonElement request)
    {
        var method = request.GetProperty("method").GetString();
        bool hasQuery, hasHash;
        if (method == "GET")
        {
            var parameters = request.GetProperty("query");
            hasQuery = parameters.TryGetProperty("query", out _);
            hasHash = parameters.TryGetProperty("extensions", out var extensions) && extensions.GetString()!.Contains("sha256Hash", StringComparison.Ordinal);
        }
        else
        {
            var body = request.GetProperty("body");
            hasQuery = body.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String;
            hasHash = body.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("persistedQuery", out _);
        }
        return $"{method} {(hasQuery ? (hasHash ? "text+hash" : "text") : "hash")}";
    }
}
