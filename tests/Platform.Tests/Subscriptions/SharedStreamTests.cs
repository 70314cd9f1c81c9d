using KooMessage.Platform.Events;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tests.Infrastructure;
using KooMessage.Platform.Transport.Streaming;

namespace KooMessage.Platform.Tests.Subscriptions;

/// <summary>
/// Fan-out: subscribers who sent the same operation and see the same data share one subscription to
/// the bus, so an event is resolved and serialised once for all of them (issue 19 item 3). Anything
/// that changes what a subscriber may see (tenant, roles) or asked for (document, variables) gets a
/// stream of its own.
/// </summary>
public sealed class SharedStreamTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private const string Subscription = "subscription Watch($kinds: [ReviewSubjectKind!]) { reviewStatusChanged(kinds: $kinds) { from to subject { id } } }";

    private PlatformHost Host => fixture.Host;

    private int BusSubscribers => Host.Services.GetRequiredService<InMemoryEventBus>().SubscriberCount(ReviewStatusChanged.Topic);

    private SharedEventStreams Shared => Host.Services.GetRequiredService<SharedEventStreams>();

    [Fact]
    public async Task Equal_subscribers_share_one_stream_and_tenants_roles_and_variables_keep_theirs_apart()
    {
        var a = await FilingScenario.StartAsync(Host, "share-a");
        var b = await FilingScenario.StartAsync(Host, "share-b");
        await a.SaveProfileAsync();
        await b.SaveProfileAsync();
        var filingA = (await a.SaveSmartMessageFilingAsync()).GetProperty("filing").GetProperty("id").GetString()!;
        var filingB = (await b.SaveSmartMessageFilingAsync()).GetProperty("filing").GetProperty("id").GetString()!;
        var memberOfA = (await a.AsTenant.MutateAsync("createApiKey", """{ name: "member", role: TENANT_MEMBER }""", "secret")).GetProperty("secret").GetString();

        var bus = BusSubscribers;
        var listeners = Shared.ListenerCount;
        await using var first = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = a.Tenant.Key });
        await using var second = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = a.Tenant.Key });
        await using var member = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = memberOfA });
        await using var other = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = b.Tenant.Key });
        await first.SubscribeAsync("1", Subscription);
        await second.SubscribeAsync("2", Subscription);
        await second.SubscribeAsync("templates", Subscription, new { kinds = new[] { "SMS_TEMPLATE" } });
        await member.SubscribeAsync("m", Subscription);
        await other.SubscribeAsync("b", Subscription);
        await Eventually.TrueAsync(() => Shared.ListenerCount == listeners + 5, "five listeners attached");

        // first and second (same tenant, roles, document and variables) share one bus subscription;
        // the variables of 'templates', the member's roles and tenant B each have their own.
        Assert.Equal(bus + 4, BusSubscribers);

        await b.SubmitAsync(filingB);
        await a.SubmitAsync(filingA);
        // Publication order: A's subscribers' first event being A's proves B's was filtered out for them.
        Assert.Equal($"{filingA} DRAFT->PENDING", await NextAsync(first, "1"));
        Assert.Equal($"{filingA} DRAFT->PENDING", await NextAsync(second, "2"));
        Assert.Equal($"{filingA} DRAFT->PENDING", await NextAsync(member, "m"));
        Assert.Equal($"{filingB} DRAFT->PENDING", await NextAsync(other, "b"));

        // One subscriber of the shared stream leaves: the stream stays for the other.
        await first.SendAsync(new { type = "complete", id = "1" });
        await Eventually.TrueAsync(() => Shared.ListenerCount == listeners + 4, "first's listener detached");
        Assert.Equal(bus + 4, BusSubscribers);
        await a.ApproveAsync(filingA);
        Assert.Equal($"{filingA} PENDING->APPROVED", await NextAsync(second, "2"));

        // The last one leaves: the shared stream lets go of the bus.
        await second.SendAsync(new { type = "complete", id = "2" });
        await Eventually.TrueAsync(() => BusSubscribers == bus + 3, "the shared stream unsubscribed from the bus");

        // Nothing else arrived: the filings events never matched 'templates', and first heard nothing after completing.
        await second.PingAsync();
        await first.PingAsync();
    }

    [Fact]
    public async Task A_subscriber_joining_a_running_shared_stream_receives_the_next_event_and_the_same_bytes()
    {
        var a = await FilingScenario.StartAsync(Host, "share-join");
        await a.SaveProfileAsync();
        var filing = (await a.SaveSmartMessageFilingAsync()).GetProperty("filing").GetProperty("id").GetString()!;
        var listeners = Shared.ListenerCount;
        await using var early = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = a.Tenant.Key });
        await early.SubscribeAsync("x", Subscription);
        await Eventually.TrueAsync(() => Shared.ListenerCount == listeners + 1, "early attached");
        await a.SubmitAsync(filing);
        Assert.Equal($"{filing} DRAFT->PENDING", await NextAsync(early, "x"));

        await using var late = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = a.Tenant.Key });
        await late.SubscribeAsync("x", Subscription);
        await Eventually.TrueAsync(() => Shared.ListenerCount == listeners + 2, "late attached");
        await a.RejectAsync(filing, "blurred scan");
        var fromEarly = await early.ExpectAsync("next", "x");
        var fromLate = await late.ExpectAsync("next", "x");
        Assert.Equal(fromEarly.GetRawText(), fromLate.GetRawText());
        Assert.Equal("REJECTED", fromLate.GetProperty("payload").GetProperty("data").GetProperty("reviewStatusChanged").GetProperty("to").GetString());
    }

    private static async Task<string> NextAsync(GraphQLWsTestClient client, string id)
    {
        var change = (await client.ExpectAsync("next", id)).GetProperty("payload").GetProperty("data").GetProperty("reviewStatusChanged");
        return $"{change.GetProperty("subject").GetProperty("id").GetString()} {change.GetProperty("from").GetString()}->{change.GetProperty("to").GetString()}";
    }
}
