using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KooMessage.Benchmarks.Load;
using KooMessage.Benchmarks.Throughput;

namespace KooMessage.Benchmarks.ListQuery;

/// <summary>
/// GraphQL against REST on the same list query (issue 19 item 2: GraphQL ≥ 0.8× the throughput and
/// ≤ 1.25× the p99): one host process (<see cref="ListQueryHost"/>) serves both, a tenant with
/// <paramref name="templates"/> SMS templates is made through the API, and N connections from this
/// process post <see cref="GraphQLDocument"/> or GET its REST twin in a closed loop, each for the same
/// time after a warm-up. Both answers are checked for the same first page. Rate limits are off.
/// </summary>
public static class ListQueryBenchmark
{
    public const string GraphQLDocument = """
        query($name: String!) { smsTemplates(first: 20, where: { name: { contains: $name } }, order: [{ createdAt: DESC }]) {
          nodes { id name content status signature { name } } totalCount } }
        """;

    private const string Name = "通知";

    public static async Task<int> RunAsync(int connections, TimeSpan duration, int templates = 30)
    {
        await using var server = await PlatformServerProcess.StartAsync(
            new Dictionary<string, string?> { ["GraphQL:RateLimits:Enabled"] = "false" },
            command: ["KooMessage.Benchmarks.dll", ListQueryHost.Command]);
        LoadTenant tenant;
        using (var admin = new LoadGraphQLClient(server.BaseAddress, PlatformServerProcess.AdminKey))
            tenant = await LoadTenant.CreateAsync(admin, server.BaseAddress, "bench-list");
        await tenant.CreateTemplatesAsync(server.BaseAddress, templates, i => $"{Name}{i:D3}");

        var graphQLBody = JsonSerializer.Serialize(new { query = GraphQLDocument, variables = new { name = Name } });
        HttpRequestMessage GraphQL()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(graphQLBody, Encoding.UTF8, "application/json") };
            request.Headers.Accept.ParseAdd("application/graphql-response+json");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenant.TenantKey);
            return request;
        }
        HttpRequestMessage Rest()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"{SmsTemplateListEndpoint.Path}?name={Uri.EscapeDataString(Name)}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenant.TenantKey);
            return request;
        }

        // Both must answer the same page before anything is timed.
        var expected = Math.Min(20, templates + 1);
        using (var http = new HttpClient { BaseAddress = server.BaseAddress })
        {
            var viaGraphQL = await PageAsync(http, GraphQL());
            var viaRest = await PageAsync(http, Rest());
            if (viaGraphQL != viaRest || viaGraphQL.Count != expected)
                throw new InvalidOperationException($"The two answers differ: GraphQL {viaGraphQL}, REST {viaRest}, expected {expected} nodes.");
        }
        bool Succeeded(HttpResponseMessage response, string body)
            => response.IsSuccessStatusCode && body.Contains("\"totalCount\":" + (templates + 1), StringComparison.Ordinal) && !body.Contains("\"errors\"", StringComparison.Ordinal);

        var warmUp = TimeSpan.FromSeconds(Math.Min(3, duration.TotalSeconds / 2));
        await ClosedLoop.RunAsync("warm-up", server.BaseAddress, connections, warmUp, Rest, Succeeded);
        await ClosedLoop.RunAsync("warm-up", server.BaseAddress, connections, warmUp, GraphQL, Succeeded);
        var rest = await ClosedLoop.RunAsync("REST GET /rest/sms-templates (baseline)", server.BaseAddress, connections, duration, Rest, Succeeded);
        var graphQL = await ClosedLoop.RunAsync("GraphQL smsTemplates(first: 20, where, order)", server.BaseAddress, connections, duration, GraphQL, Succeeded);

        MarkdownTable.Print(Console.Out, $"list: {templates + 1} templates, page of 20, {connections} connections, {duration.TotalSeconds:0} s each (target: req/s ≥ ×0.80, p99 ≤ ×1.25)",
            ThroughputFigures.Headers,
            [rest.Cells(), graphQL.Cells(), graphQL.RatioTo(rest, "ratio (GraphQL / REST)")]);
        return rest.Failed + graphQL.Failed == 0 && graphQL.Succeeded > 0 && rest.Succeeded > 0 && !server.HasExited ? 0 : 1;
    }

    /// <summary>The page's ids and total as one comparable value.</summary>
    private static async Task<Page> PageAsync(HttpClient http, HttpRequestMessage request)
    {
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{request.RequestUri}: {(int)response.StatusCode} {body}");
        var list = JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("smsTemplates");
        var nodes = list.GetProperty("nodes").EnumerateArray()
            .Select(n => $"{n.GetProperty("id").GetString()}|{n.GetProperty("status").GetString()}|{n.GetProperty("signature").GetProperty("name").GetString()}").ToList();
        return new Page(string.Join(',', nodes), nodes.Count, list.GetProperty("totalCount").GetInt32());
    }

    private sealed record Page(string Nodes, int Count, int Total);
}
