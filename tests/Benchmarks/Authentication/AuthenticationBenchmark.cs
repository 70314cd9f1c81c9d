using System.Net.Http.Headers;
using System.Text;
using KooMessage.Benchmarks.Load;
using KooMessage.Benchmarks.Throughput;

namespace KooMessage.Benchmarks.Authentication;

/// <summary>
/// What authentication costs a request (issue 19 item 1: ≥ 0.8× the anonymous one): the platform as
/// a child process on SQLite, <c>{__typename}</c> posted in a closed loop by N connections from this
/// process, anonymously (the baseline) and with a tenant's API key (authentication, tenant resolution
/// and the tenant filter included), each for the same time after a short warm-up. Rate limits are off
/// for both, so the figures are the pipeline's, not the limiter's.
/// </summary>
public static class AuthenticationBenchmark
{
    private const string Body = """{"query":"{__typename}"}""";

    public static async Task<int> RunAsync(int connections, TimeSpan duration)
    {
        await using var server = await PlatformServerProcess.StartAsync(new Dictionary<string, string?> { ["GraphQL:RateLimits:Enabled"] = "false" });
        string tenantKey;
        using (var admin = new LoadGraphQLClient(server.BaseAddress, PlatformServerProcess.AdminKey))
            tenantKey = await LoadTenant.CreateTenantAdminKeyAsync(admin, "bench-auth");

        var warmUp = TimeSpan.FromSeconds(Math.Min(2, duration.TotalSeconds / 2));
        await MeasureAsync("warm-up", server.BaseAddress, connections, warmUp, null);
        await MeasureAsync("warm-up", server.BaseAddress, connections, warmUp, tenantKey);
        var anonymous = await MeasureAsync("anonymous {__typename} (baseline)", server.BaseAddress, connections, duration, null);
        var authenticated = await MeasureAsync("{__typename} with a tenant API key", server.BaseAddress, connections, duration, tenantKey);

        MarkdownTable.Print(Console.Out, $"auth: {connections} connections, {duration.TotalSeconds:0} s each (target: throughput ≥ ×0.80)",
            ThroughputFigures.Headers,
            [anonymous.Cells(), authenticated.Cells(), authenticated.RatioTo(anonymous, "ratio (API key / anonymous)")]);
        return anonymous.Failed + authenticated.Failed == 0 && authenticated.Succeeded > 0 && !server.HasExited ? 0 : 1;
    }

    private static Task<ThroughputFigures> MeasureAsync(string name, Uri baseAddress, int connections, TimeSpan duration, string? apiKey)
        => ClosedLoop.RunAsync(name, baseAddress, connections, duration, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(Body, Encoding.UTF8, "application/json") };
            request.Headers.Accept.ParseAdd("application/graphql-response+json");
            if (apiKey is not null)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
            return request;
        }, (response, body) => response.IsSuccessStatusCode && body.Contains("\"__typename\":\"Query\"", StringComparison.Ordinal));
}
