using System.Net;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Http;

/// <summary>Plain endpoints refuse through authorization policies, with the same coded GraphQL-shaped errors as the GraphQL endpoint.</summary>
public sealed class EndpointPoliciesTests
{
    private static async Task<(HttpStatusCode Status, string? Code)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var code = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement
            .GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
        return (response.StatusCode, code);
    }

    [Fact]
    public async Task Refusals_are_coded_and_credentials_are_checked_before_policies()
    {
        await using var host = await PlatformHost.StartAsync(PlatformHost.WithoutBackgroundWork);

        using var anonymous = host.CreateClient();
        Assert.Equal((HttpStatusCode.Unauthorized, "AUTH_NOT_AUTHENTICATED"), await GetAsync(anonymous, "/files/bm9wZQ"));
        using (var challenged = await anonymous.GetAsync("/sn/reports/bm9wZQ.csv?from=2026-11-01&to=2026-11-30"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, challenged.StatusCode);
            Assert.Equal("Bearer", challenged.Headers.WwwAuthenticate.ToString());
        }

        using var wrongKey = host.CreateClient("km_test_not_a_key_0123456789abcdef0123");
        Assert.Equal((HttpStatusCode.Unauthorized, "AUTH_INVALID_CREDENTIALS"), await GetAsync(wrongKey, "/files/bm9wZQ"));

        using var adminWithoutTenant = host.CreateClient(PlatformHost.AdminKey);
        Assert.Equal((HttpStatusCode.Forbidden, "AUTH_NOT_AUTHORIZED"),
            await GetAsync(adminWithoutTenant, "/sn/reports/bm9wZQ.csv?from=2026-11-01&to=2026-11-30"));
        Assert.Equal((HttpStatusCode.NotFound, "NOT_FOUND"), await GetAsync(adminWithoutTenant, "/files/bm9wZQ"));
    }
}
