using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.GraphQL;

/// <summary>Cursor connections, filters and sorting, checked on the tenants list of a fresh instance.</summary>
public sealed class ConnectionTests : IAsyncLifetime
{
    private PlatformHost _host = null!;
    private readonly List<string> _slugs = [];

    public async Task InitializeAsync()
    {
        _host = await PlatformHost.StartAsync();
        foreach (var i in Enumerable.Range(1, 7))
        {
            var slug = $"conn-{i:00}";
            _slugs.Add(slug);
            await _host.Admin().MutateAsync("createTenant", $$"""{ slug: "{{slug}}", name: "Name {{8 - i}}" }""", "tenant { id }");
        }
    }

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<JsonElement> Tenants(string arguments, string selection = "totalCount nodes { slug } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }")
        => (await _host.Admin().QueryAsync($"{{ tenants({arguments}) {{ {selection} }} }}")).GetProperty("tenants");

    private static List<string> SlugsOf(JsonElement connection)
        => connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("slug").GetString()!).ToList();

    [Fact]
    public async Task Pages_forward_with_first_and_after_until_the_end()
    {
        var seen = new List<string>();
        string? after = null;
        for (var page = 0; page < 10; page++)
        {
            var args = after is null ? "first: 3, order: [{slug: ASC}]" : $"first: 3, after: \"{after}\", order: [{{slug: ASC}}]";
            var connection = await Tenants(args);
            seen.AddRange(SlugsOf(connection));
            Assert.Equal(7, connection.GetProperty("totalCount").GetInt32());
            Assert.Equal(page > 0, connection.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            if (!connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
                break;
            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        Assert.Equal(_slugs, seen);
    }

    [Fact]
    public async Task Pages_backward_with_last_and_before()
    {
        var tail = await Tenants("last: 2, order: [{slug: ASC}]");
        Assert.Equal(["conn-06", "conn-07"], SlugsOf(tail));
        Assert.True(tail.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(tail.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var before = tail.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        var previous = await Tenants($"last: 2, before: \"{before}\", order: [{{slug: ASC}}]");
        Assert.Equal(["conn-04", "conn-05"], SlugsOf(previous));
    }

    [Fact]
    public async Task Edges_carry_cursors_and_the_same_nodes()
    {
        var connection = await Tenants("first: 2, order: [{slug: ASC}]", "edges { cursor node { slug } } nodes { slug }");
        var edges = connection.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(2, edges.Count);
        Assert.NotEqual(edges[0].GetProperty("cursor").GetString(), edges[1].GetProperty("cursor").GetString());
        Assert.Equal("conn-01", edges[0].GetProperty("node").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Filters_combine_with_and_or_and_list_operations()
    {
        Assert.Equal(["conn-02", "conn-05"], SlugsOf(await Tenants("""where: {slug: {in: ["conn-02", "conn-05", "missing"]}}, order: [{slug: ASC}]""")));
        Assert.Equal(5, (await Tenants("""where: {slug: {nin: ["conn-02", "conn-05"]}}""")).GetProperty("totalCount").GetInt32());
        Assert.Equal(["conn-01", "conn-07"],
            SlugsOf(await Tenants("""where: {or: [{slug: {endsWith: "1"}}, {name: {eq: "Name 1"}}]}, order: [{slug: ASC}]""")));
        Assert.Empty(SlugsOf(await Tenants("""where: {and: [{slug: {startsWith: "conn-0"}}, {slug: {contains: "zz"}}]}""")));
        Assert.Equal(7, (await Tenants("""where: {status: {eq: ACTIVE}, createdAt: {lte: "2999-01-01T00:00:00Z"}}""")).GetProperty("totalCount").GetInt32());
        Assert.Equal(0, (await Tenants("""where: {createdAt: {gt: "2999-01-01T00:00:00Z"}}""")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Sorting_follows_the_order_argument_and_defaults_to_newest_first()
    {
        Assert.Equal(Enumerable.Reverse(_slugs).ToList(), SlugsOf(await Tenants("first: 10")));
        Assert.Equal(Enumerable.Reverse(_slugs).ToList(), SlugsOf(await Tenants("first: 10, order: [{name: ASC}]")));
        Assert.Equal(_slugs, SlugsOf(await Tenants("first: 10, order: [{status: ASC}, {name: DESC}]")));
    }

    [Fact]
    public async Task Paging_mistakes_get_coded_errors()
    {
        var admin = _host.Admin();
        Assert.Equal("PAGING_LIMIT_EXCEEDED", (await admin.PostAsync("{ tenants(first: 101) { totalCount } }")).FirstErrorCode);
        Assert.Equal("PAGING_LIMIT_EXCEEDED", (await admin.PostAsync("{ tenants(last: -1) { totalCount } }")).FirstErrorCode);
        Assert.Equal("INVALID_CURSOR", (await admin.PostAsync("""{ tenants(after: "not-a-cursor") { totalCount } }""")).FirstErrorCode);
    }
}
