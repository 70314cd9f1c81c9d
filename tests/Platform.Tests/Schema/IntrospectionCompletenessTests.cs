using System.Net.Http.Json;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Schema;

/// <summary>
/// The October 2021 spec's introspection answers (specifiedByURL, includeDeprecated on every argument and
/// input-field list), and a client can ask for an operation's computed cost (<c>GraphQL-Cost: report</c>
/// or <c>extensions.cost</c>).
/// </summary>
public sealed class IntrospectionCompletenessTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task A_scalar_names_its_specification_and_every_input_value_list_takes_includeDeprecated()
    {
        var response = await fixture.Host.Anonymous().PostAsync("""
            {
              upload: __type(name: "Upload") { specifiedByURL }
              string: __type(name: "String") { specifiedByURL }
              mutation: __type(name: "Mutation") { inputFields(includeDeprecated: true) { name } fields(includeDeprecated: true) { args(includeDeprecated: true) { name isDeprecated } } }
              __schema { directives { name isRepeatable args(includeDeprecated: true) { name isDeprecated } } }
            }
            """);

        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal("https://github.com/jaydenseric/graphql-multipart-request-spec", response.Data.GetProperty("upload").GetProperty("specifiedByURL").GetString());
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("string").GetProperty("specifiedByURL").ValueKind);
        var deprecated = response.Data.GetProperty("__schema").GetProperty("directives").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "deprecated");
        Assert.Equal("reason", deprecated.GetProperty("args")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_cost_is_reported_when_asked_by_header_or_extension_and_not_otherwise()
    {
        const string query = "{ tenants(first: 10) { nodes { id slug } } }";
        using var http = fixture.Host.CreateClient(PlatformHost.AdminKey);

        using var byHeader = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        byHeader.Headers.Add("GraphQL-Cost", "report");
        var header = await ReadAsync(await http.SendAsync(byHeader));
        var extension = await ReadAsync(await http.PostAsJsonAsync("/graphql", new { query, extensions = new { cost = true } }));
        var plain = await ReadAsync(await http.PostAsJsonAsync("/graphql", new { query }));

        var cost = header.GetProperty("extensions").GetProperty("cost");
        // tenants 1 + 10 × (nodes 1 + 10 × (id + slug)) = 1 + 10 × 21
        Assert.True(cost.GetProperty("requested").GetInt64() > 10, cost.ToString());
        Assert.Equal(5000, cost.GetProperty("maximum").GetInt32());
        Assert.Equal(3, cost.GetProperty("depth").GetInt32());
        Assert.Equal(cost.ToString(), extension.GetProperty("extensions").GetProperty("cost").ToString());
        Assert.True(header.TryGetProperty("data", out _));
        Assert.False(plain.TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task An_operation_over_the_maximum_cost_reports_its_cost_with_the_refusal()
    {
        var tenant = await fixture.Host.CreateTenantAsync(Slugs.New("cost"));
        using var http = fixture.Host.CreateClient(tenant.Key);
        var over = await ReadAsync(await http.PostAsJsonAsync("/graphql", new
        {
            query = "{ sendTasks(first: 100) { nodes { recipients(first: 100) { nodes { id phone } } } } }",
            extensions = new { cost = "report" },
        }));

        Assert.Equal("MAX_COMPLEXITY_EXCEEDED", over.ErrorCode());
        Assert.True(over.GetProperty("extensions").GetProperty("cost").GetProperty("requested").GetInt64() > 5000);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using (response)
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
