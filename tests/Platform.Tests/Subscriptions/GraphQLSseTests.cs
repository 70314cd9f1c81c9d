using System.Net;
using KooMessage.Platform.Events;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Subscriptions;

/// <summary>GraphQL over SSE (distinct connections mode) from a raw HTTP client.</summary>
public sealed class GraphQLSseTests(SubscriptionHostFixture fixture) : IClassFixture<SubscriptionHostFixture>
{
    private const string TestEventsSubscription = "subscription { testEvents { sequence text tenantSlug } }";

    private PlatformHost Host => fixture.Host;

    private int Subscribers => Host.Services.GetRequiredService<InMemoryEventBus>().SubscriberCount(TestEvent.Topic);

    [Fact]
    public async Task Queries_and_mutations_are_one_next_event_then_complete()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("sse-ops"));
        using var http = Host.CreateClient(tenant.Key);
        await using (var query = await SseTestStream.PostAsync(http, "{ viewer { tenant { slug } } }"))
        {
            Assert.Equal(HttpStatusCode.OK, query.Response.StatusCode);
            Assert.Equal("text/event-stream", query.Response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("no-cache", query.Response.Headers.CacheControl?.ToString());
            var next = await query.ExpectNextAsync();
            Assert.Equal(tenant.Slug, next.GetProperty("data").GetProperty("viewer").GetProperty("tenant").GetProperty("slug").GetString());
            await query.ExpectCompleteAsync();
        }
        await using var mutation = await SseTestStream.PostAsync(http, """mutation { createApiKey(input: {name: "from-sse", role: TENANT_MEMBER}) { apiKey { name } } }""");
        Assert.Equal("from-sse", (await mutation.ExpectNextAsync()).GetProperty("data").GetProperty("createApiKey").GetProperty("apiKey").GetProperty("name").GetString());
        await mutation.ExpectCompleteAsync();
    }

    [Fact]
    public async Task A_subscription_streams_its_tenants_events_until_the_client_closes_the_request()
    {
        var a = await Host.CreateTenantAsync(Slugs.New("sse-a"));
        var b = await Host.CreateTenantAsync(Slugs.New("sse-b"));
        using var http = Host.CreateClient(a.Key);
        var before = Subscribers;
        await using (var stream = await SseTestStream.PostAsync(http, TestEventsSubscription))
        {
            await Host.WaitForSubscribersAsync(TestEvent.Topic, before + 1);
            await Host.PublishAsync(new TestEvent(b.TenantGuid(), 1, "for b"));
            await Host.PublishAsync(new TestEvent(a.TenantGuid(), 2, "for a"));
            await Host.PublishAsync(new TestEvent(a.TenantGuid(), 3, "for a again"));
            var first = (await stream.ExpectNextAsync()).GetProperty("data").GetProperty("testEvents");
            Assert.Equal("for a", first.GetProperty("text").GetString());
            Assert.Equal(a.Slug, first.GetProperty("tenantSlug").GetString());
            Assert.Equal(3, (await stream.ExpectNextAsync()).GetProperty("data").GetProperty("testEvents").GetProperty("sequence").GetInt32());
        }
        await Eventually.TrueAsync(() => Subscribers <= before, "the closed stream to unsubscribe");
    }

    [Fact]
    public async Task A_get_request_may_subscribe_as_an_event_source_would()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("sse-get"));
        using var http = Host.CreateClient(tenant.Key);
        var before = Subscribers;
        await using var stream = await SseTestStream.GetAsync(http, TestEventsSubscription);
        await Host.WaitForSubscribersAsync(TestEvent.Topic, before + 1);
        await Host.PublishAsync(new TestEvent(tenant.TenantGuid(), 1, "via get"));
        Assert.Equal("via get", (await stream.ExpectNextAsync()).GetProperty("data").GetProperty("testEvents").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Validation_errors_arrive_inside_the_accepted_stream()
    {
        using var http = Host.CreateClient(PlatformHost.AdminKey);
        await using var stream = await SseTestStream.PostAsync(http, "subscription { testEvents { noSuchField } }");
        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        var next = await stream.ExpectNextAsync();
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", next.ErrorCode());
        await stream.ExpectCompleteAsync();

        await using var anonymous = await SseTestStream.PostAsync(Host.CreateClient(), TestEventsSubscription);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", (await anonymous.ExpectNextAsync()).ErrorCode());
        await anonymous.ExpectCompleteAsync();
    }

    [Fact]
    public async Task Requests_refused_before_streaming_get_plain_http_errors()
    {
        await using (var badKey = await SseTestStream.PostAsync(Host.CreateClient("km_thisKeyDoesNotExist000000000000000000000"), TestEventsSubscription))
            Assert.Equal(HttpStatusCode.Unauthorized, badKey.Response.StatusCode);
        using var http = Host.CreateClient(PlatformHost.AdminKey);
        await using (var getMutation = await SseTestStream.GetAsync(http, """mutation { revokeApiKey(input: {id: "x"}) { apiKey { id } } }"""))
        {
            Assert.Equal(HttpStatusCode.MethodNotAllowed, getMutation.Response.StatusCode);
            Assert.Equal("application/json", getMutation.Response.Content.Headers.ContentType?.MediaType);
        }
        using var notJson = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json") };
        notJson.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await http.SendAsync(notJson);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Revoking_the_key_ends_its_streams_with_an_access_revoked_error()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("sse-revoke"));
        var before = Subscribers;
        await using var stream = await SseTestStream.PostAsync(Host.CreateClient(tenant.Key), TestEventsSubscription);
        await Host.WaitForSubscribersAsync(TestEvent.Topic, before + 1);
        await Host.Admin().MutateAsync("revokeApiKey", $$"""{ id: "{{tenant.KeyId}}" }""", "apiKey { revoked }");
        var next = await stream.ExpectNextAsync();
        Assert.Equal("ACCESS_REVOKED", next.ErrorCode());
        await stream.ExpectCompleteAsync();
        await Eventually.TrueAsync(() => Subscribers <= before, "the revoked stream to unsubscribe");
    }

    [Fact]
    public async Task More_streams_than_the_cap_per_principal_are_refused_with_429()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("sse-cap"));
        using var http = Host.CreateClient(tenant.Key);
        var open = new List<SseTestStream>();
        var before = Subscribers;
        for (var i = 0; i < SubscriptionHostFixture.MaxConnectionsPerPrincipal; i++)
            open.Add(await SseTestStream.PostAsync(http, TestEventsSubscription));
        await Host.WaitForSubscribersAsync(TestEvent.Topic, before + SubscriptionHostFixture.MaxConnectionsPerPrincipal);
        await using (var refused = await SseTestStream.PostAsync(http, TestEventsSubscription))
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.Response.StatusCode);
        foreach (var stream in open)
            await stream.DisposeAsync();
    }
}
