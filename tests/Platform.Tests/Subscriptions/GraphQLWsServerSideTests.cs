using KooMessage.Platform.Data;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy.ApiKeys;
using KooMessage.Platform.Tests.Infrastructure;
using KooMessage.Platform.Transport.Streaming;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tests.Subscriptions;

/// <summary>
/// What the server starts on its own: keep-alive pings, periodic re-validation of credentials, and
/// the 4500 close for a failure of its own — each on an instance configured for it.
/// </summary>
public sealed class GraphQLWsServerSideTests
{
    [Fact]
    public async Task The_server_pings_idle_sockets_and_takes_pongs()
    {
        var settings = SubscriptionHostFixture.Settings;
        settings["Subscriptions:KeepAliveInterval"] = "00:00:00.200";
        await using var host = await PlatformHost.StartAsync(settings, TestEventSubscriptions.Register);
        await using var client = await GraphQLWsTestClient.InitAsync(host, new { apiKey = PlatformHost.AdminKey });
        await client.ExpectAsync("ping");
        await client.SendAsync(new { type = "pong" });
        await client.ExpectAsync("ping");
    }

    [Fact]
    public async Task A_thousand_sockets_that_never_send_connection_init_are_all_closed_at_the_timeout()
    {
        var settings = SubscriptionHostFixture.Settings;
        settings["Subscriptions:ConnectionInitTimeout"] = "00:00:02";
        await using var host = await PlatformHost.StartAsync(settings, TestEventSubscriptions.Register);
        var idle = new List<GraphQLWsTestClient>();
        try
        {
            for (var i = 0; i < 1000; i++)
                idle.Add(await GraphQLWsTestClient.ConnectAsync(host));
            var reasons = await Task.WhenAll(idle.Select(client => client.ExpectCloseAsync(4408, TimeSpan.FromSeconds(120))));
            Assert.All(reasons, reason => Assert.Equal("Connection initialisation timeout", reason));

            // The server is as responsive as before (over HTTP: a fresh socket would race the 2 s init timeout on a loaded machine).
            Assert.False((await host.Admin().PostAsync("{ __typename }")).HasErrors);
        }
        finally
        {
            foreach (var client in idle)
                await client.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_principal_over_its_operations_across_connections_gets_an_error_until_one_completes()
    {
        var settings = SubscriptionHostFixture.Settings;
        settings["Subscriptions:MaxSubscriptionsPerPrincipal"] = "3";
        await using var host = await PlatformHost.StartAsync(settings, TestEventSubscriptions.Register);
        var tenant = await host.CreateTenantAsync(Slugs.New("ws-principal-cap"));
        await using var first = await GraphQLWsTestClient.InitAsync(host, new { apiKey = tenant.Key });
        await using var second = await GraphQLWsTestClient.InitAsync(host, new { apiKey = tenant.Key });
        await first.SubscribeAsync("a", "subscription { testEvents { text } }");
        await first.SubscribeAsync("b", "subscription { testEvents { text } }");
        await second.SubscribeAsync("c", "subscription { testEvents { text } }");
        await host.WaitForSubscribersAsync(TestEvent.Topic, 3);

        await second.SubscribeAsync("d", "subscription { testEvents { text } }");
        var error = await second.ExpectAsync("error", "d");
        Assert.Equal("SUBSCRIPTION_LIMIT_EXCEEDED", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());

        // Another principal is not affected, and a completed operation frees its slot.
        await using var admin = await GraphQLWsTestClient.InitAsync(host, new { apiKey = PlatformHost.AdminKey });
        await admin.SubscribeAsync("x", "{ viewer { authenticated } }");
        await admin.ExpectAsync("next", "x");
        await first.SendAsync(new { id = "a", type = "complete" });
        await first.PingAsync();
        await second.SubscribeAsync("e", "{ viewer { authenticated } }");
        await second.ExpectAsync("next", "e");
    }

    [Fact]
    public async Task Credentials_revoked_without_an_event_are_caught_by_periodic_revalidation()
    {
        var settings = SubscriptionHostFixture.Settings;
        settings["Subscriptions:RevalidationInterval"] = "00:00:00.200";
        await using var host = await PlatformHost.StartAsync(settings, TestEventSubscriptions.Register);
        var tenant = await host.CreateTenantAsync(Slugs.New("ws-revalidate"));
        await using var client = await GraphQLWsTestClient.InitAsync(host, new { apiKey = tenant.Key });

        // Revoked behind the platform's back (no revokeApiKey mutation, so no event).
        Assert.True(GlobalId.TryDecode(tenant.KeyId, "ApiKey", out var keyId));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<ApiKey>().IgnoreQueryFilters()
                .Where(k => k.Id == keyId).ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, DateTime.UtcNow));
        }
        Assert.Equal("Forbidden: The credentials are invalid, expired or revoked.", await client.ExpectCloseAsync(4403));
    }

    [Fact]
    public async Task A_client_that_stops_reading_is_dropped_instead_of_queueing_without_bound()
    {
        var settings = SubscriptionHostFixture.Settings;
        settings["Subscriptions:MaxPendingMessages"] = "8";
        await using var host = await PlatformHost.StartAsync(settings, TestEventSubscriptions.Register);
        var tenant = await host.CreateTenantAsync(Slugs.New("ws-slow"));
        await using var bystander = await GraphQLWsTestClient.InitAsync(host, new { apiKey = PlatformHost.AdminKey });
        await using var stalled = await GraphQLWsTestClient.InitAsync(host, new { apiKey = tenant.Key });
        await stalled.SubscribeAsync("s", "subscription { testEvents { text } }");
        await host.WaitForSubscribersAsync(TestEvent.Topic);

        // The stalled client never reads: once the network buffers are full, messages pile up in its
        // outbox, and past its limit the server lets go of the connection (about 32 MB are published).
        var registry = host.Services.GetRequiredService<StreamingConnectionRegistry>();
        var text = new string('x', 16 * 1024);
        for (var i = 0; i < 2000 && registry.Connections.Any(c => c.Subscriber.Credentials.ApiKey == tenant.Key); i++)
            await host.PublishAsync(new TestEvent(tenant.TenantGuid(), i, text));
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (registry.Connections.Any(c => c.Subscriber.Credentials.ApiKey == tenant.Key))
        {
            Assert.True(DateTime.UtcNow < deadline, "The stalled connection was not dropped.");
            await Task.Delay(20);
        }
        await bystander.PingAsync();
    }

    [Fact]
    public async Task A_server_failure_closes_with_4500_and_the_server_keeps_serving_everyone_else()
    {
        await using var host = await PlatformHost.StartAsync(SubscriptionHostFixture.Settings, services =>
        {
            TestEventSubscriptions.Register(services);
            ThrowingDocumentExecuter.Register(services);
        });
        await using var bystander = await GraphQLWsTestClient.InitAsync(host, new { apiKey = PlatformHost.AdminKey });
        await using (var failing = await GraphQLWsTestClient.InitAsync(host, new { apiKey = PlatformHost.AdminKey }))
        {
            await failing.SendAsync(new { id = "x", type = "subscribe", payload = new { query = "query explode { viewer { authenticated } }", operationName = ThrowingDocumentExecuter.OperationName } });
            Assert.Equal("Internal server error", await failing.ExpectCloseAsync(4500));
        }
        await bystander.SubscribeAsync("q", "{ viewer { authenticated } }");
        await bystander.ExpectAsync("next", "q");
        await using var newcomer = await GraphQLWsTestClient.InitAsync(host, new { apiKey = PlatformHost.AdminKey });
        await newcomer.PingAsync();
    }
}
