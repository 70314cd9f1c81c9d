using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KooMessage.Platform.GraphQL.PersistedOperations;
using KooMessage.Platform.Tests.Events;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Transport;

/// <summary>
/// Apollo's automatic persisted queries: an unknown hash asks for the text, the text registers under
/// its verified hash, then the hash alone runs it (POST and GET), on every instance when Redis is shared.
/// </summary>
public sealed class PersistedQueryTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task An_unknown_hash_asks_for_the_text_and_after_registration_the_hash_alone_runs()
    {
        var query = $"query Apq{Guid.NewGuid():N} {{ __typename }}";
        var hash = AutomaticPersistedQueries.Hash(query);
        using var http = fixture.Host.CreateClient();

        var unknown = await PostAsync(http, new { extensions = Extensions(hash) });
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknown.ErrorCode());

        var registered = await PostAsync(http, new { query, extensions = Extensions(hash) });
        Assert.Equal("Query", registered.GetProperty("data").GetProperty("__typename").GetString());

        var byHash = await PostAsync(http, new { extensions = Extensions(hash) });
        Assert.Equal("Query", byHash.GetProperty("data").GetProperty("__typename").GetString());

        var extensions = Uri.EscapeDataString(JsonSerializer.Serialize(Extensions(hash)));
        using var get = await http.GetAsync($"/graphql?extensions={extensions}");
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Contains("\"Query\"", await get.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_text_whose_hash_does_not_match_is_refused_and_not_registered()
    {
        using var http = fixture.Host.CreateClient();
        var wrong = AutomaticPersistedQueries.Hash("{ somethingElse }");
        var refused = await PostAsync(http, new { query = "{ __typename }", extensions = Extensions(wrong) }, HttpStatusCode.BadRequest);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", refused.ErrorCode());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (await PostAsync(http, new { extensions = Extensions(wrong) })).ErrorCode());
    }

    [Theory]
    [InlineData("{\"version\":\"abc\",\"sha256Hash\":\"0000000000000000000000000000000000000000000000000000000000000000\"}")]
    [InlineData("{\"version\":2,\"sha256Hash\":\"0000000000000000000000000000000000000000000000000000000000000000\"}")]
    [InlineData("{\"version\":1,\"sha256Hash\":\"zz00000000000000000000000000000000000000000000000000000000000000\"}")]
    [InlineData("{\"version\":1,\"sha256Hash\":\"abc\"}")]
    [InlineData("\"not an object\"")]
    public async Task A_malformed_persisted_query_extension_is_a_400(string persistedQuery)
    {
        using var http = fixture.Host.CreateClient();
        using var response = await http.PostAsync("/graphql", new StringContent(
            $"{{\"extensions\":{{\"persistedQuery\":{persistedQuery}}}}}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"INVALID_REQUEST\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_Redis_a_query_registered_on_one_instance_runs_by_hash_on_another()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = TestRedis.Configuration,
            ["Redis:Channel"] = TestRedis.NewChannel(),
        };
        await using var first = await PlatformHost.StartAsync(settings);
        await using var second = await PlatformHost.StartAsync(settings, storagePath: first.StoragePath);
        var query = $"query Shared{Guid.NewGuid():N} {{ __typename }}";
        var hash = AutomaticPersistedQueries.Hash(query);

        using var one = first.CreateClient();
        await PostAsync(one, new { query, extensions = Extensions(hash) });
        using var two = second.CreateClient();
        var byHash = await PostAsync(two, new { extensions = Extensions(hash) });
        Assert.Equal("Query", byHash.GetProperty("data").GetProperty("__typename").GetString());
    }

    private static object Extensions(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    /// <summary>Posts as Apollo's HttpLink does (application/json), so answers are 200 unless the request is malformed.</summary>
    private static async Task<JsonElement> PostAsync(HttpClient http, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await http.PostAsJsonAsync("/graphql", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

}
