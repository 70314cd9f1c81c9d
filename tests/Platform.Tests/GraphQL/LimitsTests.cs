using System.Net;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.GraphQL;

/// <summary>Depth and cost limits refuse a request before it executes, with a clear code.</summary>
public sealed class LimitsTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task Queries_nested_too_deep_are_refused()
    {
        // Today's schema has no cycles deep enough for the default limit of 15, so this instance runs with 4.
        await using var host = await PlatformHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:MaxDepth"] = "4" });
        var admin = host.Admin();
        Assert.False((await admin.PostAsync("{ apiKeys { nodes { tenant { id } } } }")).HasErrors);

        var response = await admin.PostAsync("{ apiKeys { edges { node { tenant { id } } } } }");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("MAX_DEPTH_EXCEEDED", response.FirstErrorCode);
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Queries_costing_too_much_are_refused()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 60).Select(i => $"k{i}: apiKeys(first: 100) {{ nodes {{ id name }} }}"));
        var response = await fixture.Host.Admin().PostAsync("{ " + fields + " }");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("MAX_COMPLEXITY_EXCEEDED", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_response_over_the_size_limit_is_replaced_by_an_error_before_anything_is_sent()
    {
        await using var host = await PlatformHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:MaxResponseBytes"] = "2000" });
        var client = host.Anonymous();
        Assert.False((await client.PostAsync("{ __typename }")).HasErrors);

        var response = await client.PostAsync("{ __schema { types { name description } } }");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("RESPONSE_TOO_LARGE", response.FirstErrorCode);
        Assert.False(response.Body.TryGetProperty("data", out _));

        var legacy = await client.PostAsync("{ __schema { types { name description } } }", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal("RESPONSE_TOO_LARGE", legacy.FirstErrorCode);
    }

    [Fact]
    public async Task Introspection_can_be_limited_to_authenticated_callers_or_disabled()
    {
        await using (var authenticated = await PlatformHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Introspection"] = "Authenticated" }))
        {
            var anonymous = await authenticated.Anonymous().PostAsync("{ __schema { queryType { name } } }");
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
            Assert.Equal("AUTH_NOT_AUTHENTICATED", anonymous.FirstErrorCode);
            Assert.False((await authenticated.Admin().PostAsync("{ __type(name: \"Query\") { name } }")).HasErrors);
            Assert.False((await authenticated.Anonymous().PostAsync("{ __typename }")).HasErrors);
        }
        await using var disabled = await PlatformHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Introspection"] = "Disabled" });
        var refused = await disabled.Admin().PostAsync("{ __schema { queryType { name } } }");
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("INTROSPECTION_DISABLED", refused.FirstErrorCode);
        Assert.False((await disabled.Admin().PostAsync("{ __typename }")).HasErrors);
    }

    [Fact]
    public async Task Full_introspection_is_never_refused_by_the_limits()
    {
        var response = await fixture.Host.Anonymous().PostAsync(IntrospectionQuery);
        Assert.False(response.HasErrors, response.Body.ToString());
    }

    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;
}
