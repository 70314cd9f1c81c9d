using System.Text.Json;
using KooMessage.Platform.Events;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Subscriptions;

/// <summary>The reference npm clients, graphql-ws and graphql-sse, against a live instance.</summary>
public sealed class NpmClientTests(SubscriptionHostFixture fixture) : IClassFixture<SubscriptionHostFixture>
{
    private const string TestEventsSubscription = "subscription { testEvents { sequence text tenantSlug } }";
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromSeconds(90);

    private PlatformHost Host => fixture.Host;

    private string WebSocketUrl => $"ws://{Host.BaseAddress.Authority}/graphql";

    [Fact]
    public async Task The_graphql_ws_client_receives_its_tenants_events()
    {
        var a = await Host.CreateTenantAsync(Slugs.New("npm-ws-a"));
        var b = await Host.CreateTenantAsync(Slugs.New("npm-ws-b"));
        var before = Host.Services.GetRequiredService<InMemoryEventBus>().SubscriberCount(TestEvent.Topic);
        var run = NodeScript.RunAsync("ws-client.mjs", NodeTimeout, WebSocketUrl, JsonSerializer.Serialize(new { apiKey = a.Key }), TestEventsSubscription, "2");
        await Host.WaitForSubscribersAsync(TestEvent.Topic, before + 1);
        await Host.PublishAsync(new TestEvent(b.TenantGuid(), 1, "for b"));
        await Host.PublishAsync(new TestEvent(a.TenantGuid(), 2, "for a"));
        await Host.PublishAsync(new TestEvent(a.TenantGuid(), 3, "for a again"));

        var results = JsonDocument.Parse(await run).RootElement.GetProperty("results");
        Assert.Equal([2, 3], results.EnumerateArray().Select(r => r.GetProperty("data").GetProperty("testEvents").GetProperty("sequence").GetInt32()));
        Assert.All(results.EnumerateArray(), r => Assert.Equal(a.Slug, r.GetProperty("data").GetProperty("testEvents").GetProperty("tenantSlug").GetString()));
    }

    [Fact]
    public async Task The_graphql_ws_client_runs_queries_and_learns_a_refusal_from_the_close_event()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("npm-ws-q"));
        var query = JsonDocument.Parse(await NodeScript.RunAsync("ws-client.mjs", NodeTimeout, WebSocketUrl,
            JsonSerializer.Serialize(new { authorization = $"Bearer {tenant.Key}" }), "{ viewer { tenant { slug } } }", "1")).RootElement;
        Assert.Equal(tenant.Slug, query.GetProperty("results")[0].GetProperty("data").GetProperty("viewer").GetProperty("tenant").GetProperty("slug").GetString());

        var refused = JsonDocument.Parse(await NodeScript.RunAsync("ws-client.mjs", NodeTimeout, WebSocketUrl,
            """{"apiKey":"km_thisKeyDoesNotExist000000000000000000000"}""", "{ viewer { authenticated } }", "1")).RootElement;
        Assert.Equal(4403, refused.GetProperty("closed").GetInt32());
        Assert.StartsWith("Forbidden", refused.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task The_graphql_sse_client_receives_its_tenants_events_and_query_results()
    {
        var a = await Host.CreateTenantAsync(Slugs.New("npm-sse-a"));
        var b = await Host.CreateTenantAsync(Slugs.New("npm-sse-b"));
        var before = Host.Services.GetRequiredService<InMemoryEventBus>().SubscriberCount(TestEvent.Topic);
        var run = NodeScript.RunAsync("sse-client.mjs", NodeTimeout, Host.GraphQLEndpoint.ToString(), a.Key, TestEventsSubscription, "2");
        await Host.WaitForSubscribersAsync(TestEvent.Topic, before + 1);
        await Host.PublishAsync(new TestEvent(b.TenantGuid(), 1, "for b"));
        await Host.PublishAsync(new TestEvent(a.TenantGuid(), 2, "for a"));
        await Host.PublishAsync(new TestEvent(a.TenantGuid(), 3, "for a again"));

        var results = JsonDocument.Parse(await run).RootElement.GetProperty("results");
        Assert.Equal([2, 3], results.EnumerateArray().Select(r => r.GetProperty("data").GetProperty("testEvents").GetProperty("sequence").GetInt32()));

        var query = JsonDocument.Parse(await NodeScript.RunAsync("sse-client.mjs", NodeTimeout, Host.GraphQLEndpoint.ToString(), a.Key,
            "{ viewer { tenant { slug } } }", "1")).RootElement;
        Assert.Equal(a.Slug, query.GetProperty("results")[0].GetProperty("data").GetProperty("viewer").GetProperty("tenant").GetProperty("slug").GetString());
    }
}
