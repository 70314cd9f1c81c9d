using System.Net;
using KooMessage.Platform.Transport;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Transport;

/// <summary>
/// Validated documents are kept parsed by their text and skip the specification's validation next time;
/// the rules that depend on who asks or on the variables still run for every request, and a document
/// that failed validation is never kept.
/// </summary>
public sealed class DocumentCacheTests
{
    [Fact]
    public async Task A_cached_document_is_still_authorized_per_caller_and_costed_per_variables()
    {
        await using var host = await PlatformHost.StartAsync();
        var cache = host.Services.GetRequiredService<DocumentCache>();

        // Kept after an administrator's successful request...
        const string tenants = "{ tenants(first: 5) { totalCount } }";
        Assert.False(cache.TryGet(tenants, out _));
        Assert.False((await host.Admin().PostAsync(tenants)).HasErrors);
        Assert.True(cache.TryGet(tenants, out _));
        // ...and refused to a tenant member and an anonymous caller sending the same text.
        var tenant = await host.CreateTenantAsync(Slugs.New("doc-cache"), role: "TENANT_MEMBER");
        var member = await host.As(tenant.Key).PostAsync(tenants);
        Assert.Equal((HttpStatusCode.Forbidden, "AUTH_NOT_AUTHORIZED"), (member.Status, member.FirstErrorCode));
        Assert.Equal("AUTH_NOT_AUTHENTICATED", (await host.Anonymous().PostAsync(tenants)).FirstErrorCode);

        // The cost of a cached document is computed with each request's variables.
        var fields = string.Join(" ", Enumerable.Range(0, 60).Select(i => $"k{i}: apiKeys(first: $first) {{ nodes {{ id name }} }}"));
        var costed = "query($first: Int!) { " + fields + " }";
        Assert.False((await host.Admin().PostAsync(costed, new { first = 1 })).HasErrors);
        Assert.True(cache.TryGet(costed, out _));
        var expensive = await host.Admin().PostAsync(costed, new { first = 100 });
        Assert.Equal((HttpStatusCode.BadRequest, "MAX_COMPLEXITY_EXCEEDED"), (expensive.Status, expensive.FirstErrorCode));
    }

    [Fact]
    public async Task A_document_that_fails_validation_is_not_kept_and_fails_again()
    {
        await using var host = await PlatformHost.StartAsync();
        var cache = host.Services.GetRequiredService<DocumentCache>();
        const string unknown = "{ tenants { nope } }";
        for (var i = 0; i < 2; i++)
        {
            var response = await host.Admin().PostAsync(unknown);
            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.Contains("nope", response.Body.GetRawText(), StringComparison.Ordinal);
            Assert.False(cache.TryGet(unknown, out _));
        }
    }

    [Fact]
    public async Task Named_operations_of_one_cached_document_are_picked_per_request_and_the_cache_can_be_turned_off()
    {
        await using var host = await PlatformHost.StartAsync();
        const string document = "query A { __typename } query B { viewer { authenticated } }";
        var client = host.Admin();
        Assert.Equal("Query", (await client.PostAsync(new StringContent(
            """{"query":"query A { __typename } query B { viewer { authenticated } }","operationName":"A"}""", System.Text.Encoding.UTF8, "application/json")))
            .Body.GetProperty("data").GetProperty("__typename").GetString());
        Assert.True(host.Services.GetRequiredService<DocumentCache>().TryGet(document, out _));
        var b = await client.PostAsync(new StringContent(
            """{"query":"query A { __typename } query B { viewer { authenticated } }","operationName":"B"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.True(b.Body.GetProperty("data").GetProperty("viewer").GetProperty("authenticated").GetBoolean());

        await using var off = await PlatformHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:DocumentCache:MaxCharacters"] = "0" });
        Assert.False((await off.Admin().PostAsync("{ __typename }")).HasErrors);
        Assert.False(off.Services.GetRequiredService<DocumentCache>().TryGet("{ __typename }", out _));
    }
}
