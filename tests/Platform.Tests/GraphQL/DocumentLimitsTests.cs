using System.Net;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.GraphQL;

/// <summary>
/// Every shape of document and argument a client controls has a limit, checked before validation
/// builds anything from it: the request gets 400 with the limit's code and nothing runs. The
/// introspection queries real tools send stay within every limit.
/// </summary>
public sealed class DocumentLimitsTests(DocumentLimitsTests.Fixture fixture) : IClassFixture<DocumentLimitsTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public PlatformHost Host { get; private set; } = null!;

        public TestTenant Member { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Host = await PlatformHost.StartAsync();
            Member = await Host.CreateTenantAsync(Slugs.New("limits"), "TENANT_MEMBER");
        }

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    public static TheoryData<string> Shapes => [.. HostileRequests.At(2).Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task A_document_twice_over_a_limit_gets_400_with_the_limits_code(string shape)
    {
        var request = HostileRequests.At(2).Single(r => r.Name == shape);
        var response = await HostileRequestSender.SendAsync(fixture.Host.CreateClient(request.AsTenantMember ? fixture.Member.Key : null), request);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(request.Code, response.FirstErrorCode);
        Assert.False(response.Body.TryGetProperty("data", out _), response.Body.ToString());
    }

    [Fact]
    public async Task A_refused_document_reports_its_first_hundred_errors_and_a_count_of_the_rest()
    {
        var response = await HostileRequestSender.SendAsync(fixture.Host.CreateClient(), HostileRequests.At(2).Single(r => r.Name == "validation errors"));

        var errors = response.Body.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(101, errors.Count);
        Assert.Equal("TOO_MANY_ERRORS", errors[^1].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("100 more", errors[^1].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Filters_and_sorting_within_the_limits_still_run()
    {
        var member = fixture.Host.As(fixture.Member.Key);
        var data = await member.QueryAsync(
            "query($w: SmsAppFilterInput, $o: [SmsAppSortInput!]) { smsApps(where: $w, order: $o) { totalCount } }",
            new
            {
                w = new { or = Enumerable.Range(0, 50).Select(i => new { name = new { eq = $"x{i}" } }), name = new { @in = Enumerable.Range(0, 1000).Select(i => $"x{i}") } },
                o = Enumerable.Range(0, 10).Select(_ => new { name = "ASC" }),
            });
        Assert.Equal(0, data.GetProperty("smsApps").GetProperty("totalCount").GetInt32());
    }

    /// <summary>graphql-js's getIntrospectionQuery with every option the engine answers (what graphql-codegen, Apollo and GraphiQL send).</summary>
    [Fact]
    public async Task The_introspection_query_of_graphql_js_with_every_option_passes()
    {
        var query = await NodeScript.RunAsync("introspection-query.mjs", TimeSpan.FromSeconds(60));
        var response = await fixture.Host.Anonymous().PostAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.True(response.Data.GetProperty("__schema").GetProperty("types").GetArrayLength() > 50);
    }

    [Fact]
    public async Task A_schema_and_type_lookups_with_aliases_within_the_limits_pass()
    {
        var response = await fixture.Host.Anonymous().PostAsync(
            "{ __schema { queryType { name } } query: __type(name: \"Query\") { fields { name type { kind ofType { kind ofType { name } } } } } mutation: __type(name: \"Mutation\") { name } }");
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal(JsonValueKind.Array, response.Data.GetProperty("query").GetProperty("fields").ValueKind);
    }
}
