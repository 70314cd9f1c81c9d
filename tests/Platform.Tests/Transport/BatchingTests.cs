using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Transport;

/// <summary>A JSON array of operations (Apollo's BatchHttpLink) answers an array of results, each held to every limit.</summary>
public sealed class BatchingTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task A_batch_answers_each_operation_in_order_with_its_own_errors()
    {
        var admin = fixture.Host.CreateClient(PlatformHost.AdminKey);
        using var response = await admin.PostAsJsonAsync("/graphql", new object[]
        {
            new { query = "{ __typename }" },
            new { query = "query Named { viewer { authenticated } }", operationName = "Named" },
            new { query = "{ " + string.Concat(Enumerable.Repeat("a ", 20_000)) + "}" },
            new { query = "subscription { reviewStatusChanged { kind } }" },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(4, results.GetArrayLength());
        Assert.Equal("Query", results[0].GetProperty("data").GetProperty("__typename").GetString());
        Assert.True(results[1].GetProperty("data").GetProperty("viewer").GetProperty("authenticated").GetBoolean());
        Assert.Equal("MAX_TOKENS_EXCEEDED", results[2].ErrorCode());
        Assert.Equal("INVALID_REQUEST", results[3].ErrorCode());
    }

    [Fact]
    public async Task A_batch_over_the_size_limit_is_refused_whole()
    {
        using var http = fixture.Host.CreateClient();
        using var response = await http.PostAsJsonAsync("/graphql", Enumerable.Range(0, 11).Select(_ => new { query = "{ __typename }" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"BATCH_TOO_LARGE\"", await response.Content.ReadAsStringAsync());

        using var empty = await http.PostAsJsonAsync("/graphql", Array.Empty<object>());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }
}
