using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KooMessage.Platform.Tests.Transport;

/// <summary>
/// The graphql-http package's own server audit (GraphQL-over-HTTP spec) against a live instance:
/// every MUST passes; the SHOULDs it reports are printed to the test output.
/// </summary>
public sealed class GraphQLHttpAuditTests(PlatformFixture fixture, ITestOutputHelper output) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task The_graphql_http_audit_finds_no_must_failures()
    {
        var json = await NodeScript.RunAsync("audit.mjs", TimeSpan.FromSeconds(60), fixture.Host.GraphQLEndpoint.ToString());
        var results = JsonDocument.Parse(json).RootElement.EnumerateArray()
            .Select(r => (Id: r.GetProperty("id").GetString(), Name: r.GetProperty("name").GetString(), Status: r.GetProperty("status").GetString(),
                Reason: r.GetProperty("reason").GetString()))
            .ToList();
        foreach (var (id, name, status, reason) in results.Where(r => r.Status != "ok"))
            output.WriteLine($"{status} {id} {name}: {reason}");
        output.WriteLine($"{results.Count(r => r.Status == "ok")} ok, {results.Count(r => r.Status == "warn")} warnings, {results.Count(r => r.Status == "error")} errors");

        Assert.True(results.Count > 30, "The audit ran too few checks: " + json);
        Assert.DoesNotContain(results, r => r.Status == "error");
        Assert.DoesNotContain(results, r => r.Status == "warn");
    }
}
