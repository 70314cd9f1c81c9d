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
    public async Task A_subscriber_on_one_instance_receives_events_and_revocations_from_another()
    {
        var settings = SubscriptionHostFixture.Settings;
        settings["Redis:Configuration"] = TestRedis.Configuration;
        settings["Redis:Channel"] = TestRedis.NewChannel();
        await using var first = await PlatformHost.StartAsync(settings, TestEventSubscriptions.Register);
        await using var second = await PlatformHost.StartAsync(settings, TestEventSubscriptions.Register, first.StoragePath);

        // Created through the second instance, used on the first: one database.
        var tenant = await second.CreateTenantAsync(Slugs.New("multi"));
        await using var client = await GraphQLWsTestClient.InitAsync(first, new { apiKey = tenant.Key });
        await client.SubscribeAsync("s", "subscription { testEvents { sequence text tenantSlug } }");
        await first.WaitForSubscribersAsync(TestEvent.Topic);

        await second.PublishAsync(new TestEvent(tenant.TenantGuid(), 1, "raised on the second instance"));
        var next = await client.ExpectAsync("next", "s");
        var received = next.GetProperty("payload").GetProperty("data").GetProperty("testEvents");
        Assert.Equal("raised on the second instance", received.GetProperty("text").GetString());
        Assert.Equal(tenant.Slug, received.GetProperty("tenantSlug").GetString());

        // A mutation on the second instance ends the socket held by the first.
        await second.Admin().MutateAsync("revokeApiKey", $$"""{ id: "{{tenant.KeyId}}" }""", "apiKey { revoked }");
        Assert.Equal("Forbidden: The API key was revoked.", await client.ExpectCloseAsync(4403));
    }
}
