using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tests.Events;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Subscriptions;

/// <summary>
/// Two platform instances sharing one database and one real redis-server (tests/run.sh starts it):
/// what happens on one reaches the subscribers of the other.
/// </summary>
public sealed class MultiInstanceTests
{
    [Fact]
    public async Task A_subscriber_on_one_instance_receives_the_events_and_revocations_of_mutations_on_another()
    {
        var settings = SubscriptionHostFixture.Settings;
        settings["Redis:Configuration"] = TestRedis.Configuration;
        settings["Redis:Channel"] = TestRedis.NewChannel();
        await using var first = await PlatformHost.StartAsync(settings, TestEventSubscriptions.Register);
        await using var second = await PlatformHost.StartAsync(settings, TestEventSubscriptions.Register, first.StoragePath);

        // Created through the second instance, used on the first: one database.
        var story = await FilingScenario.StartAsync(second, "multi");
        var tenant = story.Tenant;
        await using var client = await GraphQLWsTestClient.InitAsync(first, new { apiKey = tenant.Key });
        await client.SubscribeAsync("s", "subscription { testEvents { sequence text tenantSlug } }");
        await client.SubscribeAsync("r", "subscription { reviewStatusChanged { from to subject { id reviewStatus } } }");
        await first.WaitForSubscribersAsync(TestEvent.Topic);
        await first.WaitForSubscribersAsync(ReviewStatusChanged.Topic);

        // A review mutation on the second instance reaches the subscriber on the first, with the
        // subject loaded there from the shared database.
        await story.SaveProfileAsync();
        var filingId = (await story.SaveSmartMessageFilingAsync()).GetProperty("filing").GetProperty("id").GetString()!;
        await story.SubmitAsync(filingId);
        var change = (await client.ExpectAsync("next", "r")).GetProperty("payload").GetProperty("data").GetProperty("reviewStatusChanged");
        Assert.Equal("PENDING", change.GetProperty("to").GetString());
        Assert.Equal(filingId, change.GetProperty("subject").GetProperty("id").GetString());
        Assert.Equal("PENDING", change.GetProperty("subject").GetProperty("reviewStatus").GetString());

        await second.PublishAsync(new TestEvent(tenant.TenantGuid(), 1, "raised on the second instance"));
        var next = await client.ExpectAsync("next", "s");
        var received = next.GetProperty("payload").GetProperty("data").GetProperty("testEvents");
        Assert.Equal("raised on the second instance", received.GetProperty("text").GetString());
        Assert.Equal(tenant.Slug, received.GetProperty("tenantSlug").GetString());

        // A mutation on the second instance ends the socket held by the first, and the first stops
        // honouring the key it had verified (and cached) over HTTP as soon as the event reaches it.
        var asTenantOnFirst = first.As(tenant.Key);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await asTenantOnFirst.PostAsync("{ viewer { authenticated } }")).Status);
        await second.Admin().MutateAsync("revokeApiKey", $$"""{ id: "{{tenant.KeyId}}" }""", "apiKey { revoked }");
        Assert.Equal("Forbidden: The API key was revoked.", await client.ExpectCloseAsync(4403));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while ((await asTenantOnFirst.PostAsync("{ viewer { authenticated } }")).Status != System.Net.HttpStatusCode.Unauthorized)
        {
            Assert.True(DateTime.UtcNow < deadline, "The first instance still honoured the key revoked on the second.");
            await Task.Delay(20);
        }
    }
}
