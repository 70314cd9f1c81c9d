using System.Text.Json;
using KooMessage.Platform.Events;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Subscriptions;

/// <summary>
/// <c>reviewStatusChanged</c> end to end on the production composition: real clients (npm graphql-ws,
/// npm graphql-sse, .NET ClientWebSocket) receive the events of review mutations made over HTTP, each
/// tenant only its own, reviewers every tenant's.
/// </summary>
public sealed class ReviewSubscriptionTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private const string Subscription = "subscription { reviewStatusChanged { kind from to reason actorName actorRole tenant { slug } subject { id } } }";
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromSeconds(90);

    private PlatformHost Host => fixture.Host;

    private int Subscribers => Host.Services.GetRequiredService<InMemoryEventBus>().SubscriberCount(ReviewStatusChanged.Topic);

    [Fact]
    public async Task The_graphql_ws_client_receives_the_review_events_of_http_mutations()
    {
        var story = await FilingScenario.StartAsync(Host, "rev-ws");
        await story.SaveProfileAsync();
        var filingId = (await story.SaveSmartMessageFilingAsync()).GetProperty("filing").GetProperty("id").GetString()!;
        var before = Subscribers;
        var run = NodeScript.RunAsync("ws-client.mjs", NodeTimeout, $"ws://{Host.BaseAddress.Authority}/graphql",
            JsonSerializer.Serialize(new { apiKey = story.Tenant.Key }), Subscription, "2");
        await Host.WaitForSubscribersAsync(ReviewStatusChanged.Topic, before + 1);

        await story.SubmitAsync(filingId);
        await story.RejectAsync(filingId, "签名授权函 is not signed");

        var results = JsonDocument.Parse(await run).RootElement.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("data").GetProperty("reviewStatusChanged")).ToList();
        Assert.Equal(["DRAFT->PENDING", "PENDING->REJECTED"], results.Select(Transition));
        Assert.All(results, r => Assert.Equal(filingId, r.GetProperty("subject").GetProperty("id").GetString()));
        Assert.All(results, r => Assert.Equal("FILING", r.GetProperty("kind").GetString()));
        Assert.Equal("签名授权函 is not signed", results[1].GetProperty("reason").GetString());
        Assert.Equal("PLATFORM_REVIEWER", results[1].GetProperty("actorRole").GetString());
    }

    [Fact]
    public async Task The_graphql_sse_client_receives_the_review_events_of_http_mutations()
    {
        var story = await FilingScenario.StartAsync(Host, "rev-sse");
        await story.SaveProfileAsync();
        var filingId = (await story.SaveSmartMessageFilingAsync()).GetProperty("filing").GetProperty("id").GetString()!;
        var before = Subscribers;
        var run = NodeScript.RunAsync("sse-client.mjs", NodeTimeout, Host.GraphQLEndpoint.ToString(), story.Tenant.Key, Subscription, "2");
        await Host.WaitForSubscribersAsync(ReviewStatusChanged.Topic, before + 1);

        await story.SubmitAsync(filingId);
        await story.ApproveAsync(filingId);

        var results = JsonDocument.Parse(await run).RootElement.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("data").GetProperty("reviewStatusChanged")).ToList();
        Assert.Equal(["DRAFT->PENDING", "PENDING->APPROVED"], results.Select(Transition));
        Assert.All(results, r => Assert.Equal(story.Tenant.Slug, r.GetProperty("tenant").GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task Over_a_dotnet_websocket_each_tenant_gets_only_its_own_events_and_reviewers_get_everyones()
    {
        var a = await FilingScenario.StartAsync(Host, "rev-iso-a");
        var b = await FilingScenario.StartAsync(Host, "rev-iso-b");
        await a.SaveProfileAsync();
        await b.SaveProfileAsync();
        var filingA = (await a.SaveSmartMessageFilingAsync()).GetProperty("filing").GetProperty("id").GetString()!;
        var filingB = (await b.SaveSmartMessageFilingAsync()).GetProperty("filing").GetProperty("id").GetString()!;
        var reviewerKey = (await Host.Admin().MutateAsync("createApiKey", """{ name: "watcher", role: PLATFORM_REVIEWER }""", "secret")).GetProperty("secret").GetString();

        await using var asA = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = a.Tenant.Key });
        await using var asB = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = b.Tenant.Key });
        await using var reviewer = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = reviewerKey });
        var before = Subscribers;
        await asA.SubscribeAsync("a", Subscription);
        await asB.SubscribeAsync("b", Subscription);
        await reviewer.SubscribeAsync("all", Subscription);
        await reviewer.SubscribeAsync("only-b", Subscription.Replace("reviewStatusChanged", $"reviewStatusChanged(tenantId: \"{b.Tenant.Id}\")"));
        await reviewer.SubscribeAsync("templates", Subscription.Replace("reviewStatusChanged", "reviewStatusChanged(kinds: [SMS_TEMPLATE])"));
        await Host.WaitForSubscribersAsync(ReviewStatusChanged.Topic, before + 5);

        await b.SubmitAsync(filingB);
        await a.SubmitAsync(filingA);
        await b.RejectAsync(filingB, "blurred scan");
        await a.ApproveAsync(filingA);

        // Events reach a subscriber in publication order: A's first event being its own submission
        // proves B's earlier one was filtered out on the server, and likewise for B.
        Assert.Equal([$"{filingA} DRAFT->PENDING", $"{filingA} PENDING->APPROVED"], await ReceiveAsync(asA, "a", 2));
        Assert.Equal([$"{filingB} DRAFT->PENDING", $"{filingB} PENDING->REJECTED"], await ReceiveAsync(asB, "b", 2));
        var seenByReviewer = await ReceiveAsync(reviewer, null, 6);
        Assert.Equal(
            [$"{filingB} DRAFT->PENDING", $"{filingA} DRAFT->PENDING", $"{filingB} PENDING->REJECTED", $"{filingA} PENDING->APPROVED"],
            seenByReviewer.Where(e => e.StartsWith("all:", StringComparison.Ordinal)).Select(e => e["all:".Length..]));
        Assert.Equal([$"{filingB} DRAFT->PENDING", $"{filingB} PENDING->REJECTED"],
            seenByReviewer.Where(e => e.StartsWith("only-b:", StringComparison.Ordinal)).Select(e => e["only-b:".Length..]));
        // Nothing arrived for the SMS_TEMPLATE-only subscription: the pong comes right after the last event.
        await reviewer.PingAsync();
        await asA.PingAsync();
    }

    private static string Transition(JsonElement change) => $"{change.GetProperty("from").GetString()}->{change.GetProperty("to").GetString()}";

    /// <summary>The next <paramref name="count"/> events: "subject transition" for one id, or "id:subject transition" across ids.</summary>
    private static async Task<List<string>> ReceiveAsync(GraphQLWsTestClient client, string? id, int count)
    {
        var received = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var next = await client.ExpectAsync("next", id);
            var change = next.GetProperty("payload").GetProperty("data").GetProperty("reviewStatusChanged");
            var text = $"{change.GetProperty("subject").GetProperty("id").GetString()} {Transition(change)}";
            received.Add(id is null ? $"{next.GetProperty("id").GetString()}:{text}" : text);
        }
        return received;
    }
}
