using System.Text.Json;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Messaging;

/// <summary>
/// Two instances on one SQLite file: both deliverers lease from one outbox and no event is sent twice,
/// and each signs with a secret the other encrypted (the Data Protection key ring is in the database).
/// An instance whose configuration refuses loopback refuses at connection time a URL another accepted.
/// </summary>
public sealed class CallbackInstancesTests
{
    [Fact]
    public async Task Two_instances_deliver_every_event_exactly_once()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var first = await PlatformHost.StartAsync(FastCallbacksFixture.Settings());
        await using var second = await PlatformHost.StartAsync(FastCallbacksFixture.Settings(), storagePath: first.StoragePath);
        var story = await MessagingScenario.StartAsync(first, "cb-two");
        var app = await story.CreateAppAsync();
        await CallbackDeliveryTests.SetCallbackAsync(story.AsTenant, app, receiver.Url);

        const int events = 24;
        var ids = new List<string>();
        for (var i = 0; i < events; i++)
        {
            var via = i % 2 == 0 ? story.AsTenant : second.As(story.Filing.Tenant.Key);
            var ping = await via.MutateAsync("pingSmsAppCallback", $"{{ id: \"{app}\" }}", "callbackDelivery { eventId }");
            ids.Add(ping.GetProperty("callbackDelivery").GetProperty("eventId").GetString()!);
        }

        await Eventually.TrueAsync(() => receiver.Requests.Select(r => r.Header(CallbackSender.EventIdHeader)).Distinct().Count() == events, "every event delivered");
        var log = await CallbackDeliveryTests.LogAsync(story.AsTenant, app);
        Assert.Equal(events, receiver.Requests.Count);
        Assert.Equal(ids.Order(), receiver.Requests.Select(r => r.Header(CallbackSender.EventIdHeader)).Order());
        Assert.All(log.GetProperty("nodes").EnumerateArray(), n => Assert.Contains(n.GetProperty("status").GetString(), new[] { "DELIVERED", "PENDING" }));
    }

    [Fact]
    public async Task A_url_allowed_when_set_is_refused_at_connection_where_loopback_is_not_allowed()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var lenient = FastCallbacksFixture.Settings();
        lenient["Callbacks:Enabled"] = "false";
        var strict = FastCallbacksFixture.Settings();
        strict["Callbacks:AllowPrivateAddresses"] = "false";
        await using var setter = await PlatformHost.StartAsync(lenient);
        await using var deliverer = await PlatformHost.StartAsync(strict, storagePath: setter.StoragePath);
        var story = await MessagingScenario.StartAsync(setter, "cb-rebind");
        var app = await story.CreateAppAsync();
        await CallbackDeliveryTests.SetCallbackAsync(story.AsTenant, app, receiver.Url);
        await story.AsTenant.MutateAsync("pingSmsAppCallback", $"{{ id: \"{app}\" }}", "callbackDelivery { id }");

        JsonElement node = default;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            node = (await CallbackDeliveryTests.LogAsync(story.AsTenant, app)).GetProperty("nodes")[0];
            if (node.GetProperty("status").GetString() == "FAILED")
                break;
            Assert.True(DateTime.UtcNow < deadline, node.ToString());
            await Task.Delay(50);
        }
        Assert.Empty(receiver.Requests);
        Assert.Equal(JsonValueKind.Null, node.GetProperty("lastStatusCode").ValueKind);
        Assert.Contains("private", node.GetProperty("lastError").GetString());
    }
}
