using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KooMessage.Platform.Tests.GraphQL;

/// <summary>Relations resolve through DataLoaders: the statement count of a list does not grow with its length.</summary>
public sealed class DataLoaderTests
{
    [Fact]
    public async Task Listing_keys_with_their_tenant_runs_a_constant_number_of_statements()
    {
        var counter = new SqlStatementCounter();
        await using var host = await PlatformHost.StartAsync(PlatformHost.WithoutBackgroundWork, s => s.AddSingleton<IInterceptor>(counter));
        var admin = host.Admin();
        var small = await host.CreateTenantAsync(Slugs.New("dl-small"));
        var large = await host.CreateTenantAsync(Slugs.New("dl-large"));
        for (var i = 0; i < 24; i++)
            await admin.MutateAsync("createApiKey", $$"""{ tenantId: "{{large.Id}}", name: "extra {{i}}", role: TENANT_MEMBER }""", "apiKey { id }");

        async Task<int> StatementsToList(TestTenant tenant, int expectedKeys)
        {
            counter.Reset();
            var data = await host.Admin(tenantHeader: tenant.Id).QueryAsync("{ apiKeys(first: 50) { nodes { name tenant { slug } } } }");
            Assert.Equal(expectedKeys, data.GetProperty("apiKeys").GetProperty("nodes").GetArrayLength());
            return counter.Count;
        }

        async Task<int> StatementsToFetch(params string[] ids)
        {
            counter.Reset();
            var list = string.Join(", ", ids.Select(id => $"\"{id}\""));
            var data = await admin.QueryAsync($$"""{ nodes(ids: [{{list}}]) { id ... on ApiKey { tenant { slug } } } }""");
            Assert.All(data.GetProperty("nodes").EnumerateArray(), n => Assert.NotEqual(System.Text.Json.JsonValueKind.Null, n.ValueKind));
            return counter.Count;
        }

        Assert.Equal(await StatementsToList(small, 1), await StatementsToList(large, 25));
        Assert.Equal(await StatementsToFetch(small.KeyId, small.Id), await StatementsToFetch(small.KeyId, large.KeyId, small.Id, large.Id));
    }
}
