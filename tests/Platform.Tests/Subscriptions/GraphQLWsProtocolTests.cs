using System.Text.Json;
using KooMessage.Platform.Events;
using KooMessage.Platform.Tests.Infrastructure;
using KooMessage.Platform.Transport.Streaming;

namespace KooMessage.Platform.Tests.Subscriptions;

/// <summary>
/// graphql-transport-ws message by message from a raw .NET <see cref="System.Net.WebSockets.ClientWebSocket"/>:
/// the handshake, operations, every close code, the limits, and that a misbehaving socket never
/// disturbs the others.
/// </summary>
public sealed class GraphQLWsProtocolTests(SubscriptionHostFixture fixture) : IClassFixture<SubscriptionHostFixture>
{
    private const string TestEventsSubscription = "subscription { testEvents { sequence text viewerName tenantSlug scopeId visibleApiKeys } }";

    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task Queries_and_mutations_run_over_the_socket_as_one_next_then_complete()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("ws-ops"));
        await using var client = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = tenant.Key });

        await client.SubscribeAsync("q", "{ viewer { authenticated tenant { slug } } }");
        var query = await client.ExpectAsync("next", "q");
        Assert.Equal(tenant.Slug, query.GetProperty("payload").GetProperty("data").GetProperty("viewer").GetProperty("tenant").GetProperty("slug").GetString());
        await client.ExpectAsync("complete", "q");

        await client.SubscribeAsync("m", """mutation { createApiKey(input: {name: "from-ws", role: TENANT_MEMBER}) { apiKey { name } errors { __typename } } }""");
        var mutation = await client.ExpectAsync("next", "m");
        Assert.Equal("from-ws", mutation.GetProperty("payload").GetProperty("data").GetProperty("createApiKey").GetProperty("apiKey").GetProperty("name").GetString());
        await client.ExpectAsync("complete", "m");

        // The id is free again once completed.
        await client.SubscribeAsync("q", "{ viewer { authenticated } }");
        await client.ExpectAsync("next", "q");
        await client.ExpectAsync("complete", "q");
        var keys = await Host.As(tenant.Key).QueryAsync("{ apiKeys { totalCount } }");
        Assert.Equal(2, keys.GetProperty("apiKeys").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Each_event_is_resolved_in_a_fresh_scope_signed_in_as_the_subscriber()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("ws-scope"));
        await using var first = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = tenant.Key });
        await using var second = await GraphQLWsTestClient.InitAsync(Host, new { authorization = $"Bearer {tenant.Key}" });
        var before = Host.Services.GetRequiredService<InMemoryEventBus>().SubscriberCount(TestEvent.Topic);
        await first.SubscribeAsync("a", TestEventsSubscription);
        await second.SubscribeAsync("b", TestEventsSubscription);
        await Host.WaitForSubscribersAsync(TestEvent.Topic, before + 2);

        await Host.PublishAsync(new TestEvent(tenant.TenantGuid(), 1, "one"));
        await Host.PublishAsync(new TestEvent(tenant.TenantGuid(), 2, "two"));
        var events = new List<JsonElement>();
        foreach (var (client, id) in new[] { (first, "a"), (first, "a"), (second, "b"), (second, "b") })
            events.Add((await client.ExpectAsync("next", id)).GetProperty("payload").GetProperty("data").GetProperty("testEvents"));

        Assert.Equal([1, 2, 1, 2], events.Select(e => e.GetProperty("sequence").GetInt32()));
        Assert.All(events, e =>
        {
            Assert.Equal($"{tenant.Slug} key", e.GetProperty("viewerName").GetString());
            Assert.Equal(tenant.Slug, e.GetProperty("tenantSlug").GetString());
            // The tenant's query filter applies inside the event's scope: only its own key is visible.
            Assert.Equal(1, e.GetProperty("visibleApiKeys").GetInt32());
        });
        Assert.Equal(4, events.Select(e => e.GetProperty("scopeId").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task A_tenant_never_receives_another_tenants_events()
    {
        var a = await Host.CreateTenantAsync(Slugs.New("ws-iso-a"));
        var b = await Host.CreateTenantAsync(Slugs.New("ws-iso-b"));
        await using var asA = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = a.Key });
        await using var asB = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = b.Key });
        var before = Host.Services.GetRequiredService<InMemoryEventBus>().SubscriberCount(TestEvent.Topic);
        await asA.SubscribeAsync("s", TestEventsSubscription);
        await asB.SubscribeAsync("s", TestEventsSubscription);
        await Host.WaitForSubscribersAsync(TestEvent.Topic, before + 2);

        await Host.PublishAsync(new TestEvent(b.TenantGuid(), 1, "for b"));
        await Host.PublishAsync(new TestEvent(null, 2, "platform-wide, for nobody's tenant"));
        await Host.PublishAsync(new TestEvent(a.TenantGuid(), 3, "for a"));

        // Each subscriber gets its events in publication order, so A's first event being its own
        // proves B's (published before it) was filtered out on the server.
        var forA = await asA.ExpectAsync("next", "s");
        Assert.Equal("for a", forA.GetProperty("payload").GetProperty("data").GetProperty("testEvents").GetProperty("text").GetString());
        var forB = await asB.ExpectAsync("next", "s");
        Assert.Equal("for b", forB.GetProperty("payload").GetProperty("data").GetProperty("testEvents").GetProperty("text").GetString());
        await Host.PublishAsync(new TestEvent(b.TenantGuid(), 4, "for b again"));
        var again = await asB.ExpectAsync("next", "s");
        Assert.Equal(4, again.GetProperty("payload").GetProperty("data").GetProperty("testEvents").GetProperty("sequence").GetInt32());
        await asA.PingAsync();
    }

    [Fact]
    public async Task Pings_get_pongs_before_and_after_the_handshake_and_pongs_are_ignored()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("ws-ping"));
        await using var client = await GraphQLWsTestClient.ConnectAsync(Host);
        Assert.Equal(GraphQLWsTestClient.SubProtocol, client.SubProtocolAccepted);
        await client.SendAsync(new { type = "ping", payload = new { at = 1 } });
        await client.ExpectAsync("pong");
        await client.SendAsync(new { type = "pong" });
        await client.SendAsync(new { type = "connection_init", payload = new { apiKey = tenant.Key } });
        await client.ExpectAsync("connection_ack");
        await client.PingAsync();
    }

    [Fact]
    public async Task Complete_from_the_client_stops_the_stream_and_frees_its_id()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("ws-complete"));
        await using var client = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = tenant.Key });
        var bus = Host.Services.GetRequiredService<InMemoryEventBus>();
        var before = bus.SubscriberCount(TestEvent.Topic);
        await client.SubscribeAsync("s", TestEventsSubscription);
        await Host.WaitForSubscribersAsync(TestEvent.Topic, before + 1);

        await client.SendAsync(new { id = "s", type = "complete" });
        await client.SendAsync(new { id = "never-used", type = "complete" });
        await client.PingAsync();
        await Eventually.TrueAsync(() => bus.SubscriberCount(TestEvent.Topic) <= before, "the completed subscription to leave the bus");

        // Reusing the id is fine now (no 4409), and only the new subscription receives the next event.
        await client.SubscribeAsync("s", TestEventsSubscription);
        await Host.WaitForSubscribersAsync(TestEvent.Topic, before + 1);
        await Host.PublishAsync(new TestEvent(tenant.TenantGuid(), 7, "after"));
        Assert.Equal(7, (await client.ExpectAsync("next", "s")).GetProperty("payload").GetProperty("data").GetProperty("testEvents").GetProperty("sequence").GetInt32());
        await client.PingAsync();
    }

    [Theory]
    [InlineData("subscription { testEvents { noSuchField } }", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("subscription { testEvents { text }", "SYNTAX_ERROR")]
    [InlineData("subscription { testEvents { text } refusedEvents { text } }", "SINGLE_ROOT_FIELD_SUBSCRIPTIONS")]
    public async Task A_subscribe_that_fails_validation_gets_an_error_message_and_the_socket_stays_open(string query, string code)
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("ws-invalid"));
        await using var client = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = tenant.Key });
        await client.SubscribeAsync("bad", query);
        var error = await client.ExpectAsync("error", "bad");
        var errors = error.GetProperty("payload");
        Assert.Equal(JsonValueKind.Array, errors.ValueKind);
        Assert.Contains(errors.EnumerateArray(), e => e.GetProperty("extensions").GetProperty("code").GetString() == code);
        Assert.All(errors.EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("message").GetString())));

        // No complete follows an error; the id is free and the socket still serves.
        await client.SubscribeAsync("bad", "{ viewer { authenticated } }");
        await client.ExpectAsync("next", "bad");
        await client.ExpectAsync("complete", "bad");
    }

    [Fact]
    public async Task A_field_the_viewer_may_not_select_is_an_error_message()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("ws-authz"), role: "TENANT_MEMBER");
        await using var client = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = tenant.Key });
        await client.SubscribeAsync("m", """mutation { createTenant(input: {slug: "not-allowed", name: "x"}) { tenant { id } } }""");
        var error = await client.ExpectAsync("error", "m");
        Assert.Equal("AUTH_NOT_AUTHORIZED", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        await client.PingAsync();
    }

    [Fact]
    public async Task A_stream_the_resolver_refuses_is_a_next_with_errors_then_complete()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("ws-refused"));
        await using var client = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = tenant.Key });
        await client.SubscribeAsync("r", "subscription { refusedEvents { text } }");
        var next = await client.ExpectAsync("next", "r");
        Assert.Equal("REFUSED", next.GetProperty("payload").ErrorCode());
        await client.ExpectAsync("complete", "r");
    }

    [Fact]
    public async Task A_failing_event_stream_ends_its_operation_with_an_error_message_only()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("ws-poison"));
        await using var client = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = tenant.Key });
        var before = Host.Services.GetRequiredService<InMemoryEventBus>().SubscriberCount(TestEvent.Topic);
        await client.SubscribeAsync("p", TestEventsSubscription);
        await Host.WaitForSubscribersAsync(TestEvent.Topic, before + 1);

        await Host.PublishAsync(new TestEvent(tenant.TenantGuid(), 1, TestEvent.Poison));
        var error = await client.ExpectAsync("error", "p");
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("poisoned", error.ToString());
        await client.PingAsync();
    }

    [Fact]
    public async Task No_connection_init_in_time_closes_with_4408()
    {
        await using var client = await GraphQLWsTestClient.ConnectAsync(Host);
        var reason = await client.ExpectCloseAsync(4408);
        Assert.Equal("Connection initialisation timeout", reason);
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("ws-4429"));
        await using var client = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = tenant.Key });
        await client.SendAsync(new { type = "connection_init", payload = new { apiKey = tenant.Key } });
        Assert.Equal("Too many initialisation requests", await client.ExpectCloseAsync(4429));
    }

    [Fact]
    public async Task Subscribe_before_the_ack_closes_with_4401()
    {
        await using var client = await GraphQLWsTestClient.ConnectAsync(Host);
        await client.SubscribeAsync("early", "{ viewer { authenticated } }");
        Assert.Equal("Unauthorized", await client.ExpectCloseAsync(4401));
    }

    public static TheoryData<string, string> RefusedCredentials => new()
    {
        { """{"apiKey":"km_thisKeyDoesNotExist000000000000000000000"}""", "invalid" },
        { """{"authorization":"Bearer not-a-key"}""", "invalid" },
        { "{}", "Authentication required" },
        { "null", "Authentication required" },
        { $$"""{"apiKey":"{{PlatformHost.AdminKey}}","tenantId":"no-such-tenant"}""", "No tenant" },
    };

    [Theory]
    [MemberData(nameof(RefusedCredentials))]
    public async Task Refused_credentials_close_with_4403(string payload, string reasonPart)
    {
        await using var client = await GraphQLWsTestClient.ConnectAsync(Host);
        await client.SendTextAsync($$"""{"type":"connection_init","payload":{{payload}}}""");
        var reason = await client.ExpectCloseAsync(4403);
        Assert.StartsWith("Forbidden: ", reason);
        Assert.Contains(reasonPart, reason);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(reason) <= 123);
    }

    [Fact]
    public async Task A_tenant_key_naming_another_tenant_or_a_suspended_tenant_is_refused_with_4403()
    {
        var a = await Host.CreateTenantAsync(Slugs.New("ws-mismatch-a"));
        var b = await Host.CreateTenantAsync(Slugs.New("ws-mismatch-b"));
        await using (var client = await GraphQLWsTestClient.ConnectAsync(Host))
        {
            await client.SendAsync(new { type = "connection_init", payload = new { apiKey = a.Key, tenantId = b.Id } });
            Assert.Contains("X-Tenant-Id may only name your own tenant", await client.ExpectCloseAsync(4403));
        }
        await Host.Admin().MutateAsync("suspendTenant", $$"""{ id: "{{b.Id}}", reason: "test" }""", "tenant { status }");
        await using (var client = await GraphQLWsTestClient.ConnectAsync(Host))
        {
            await client.SendAsync(new { type = "connection_init", payload = new { apiKey = b.Key } });
            Assert.Contains("suspended", await client.ExpectCloseAsync(4403));
        }
    }

    [Fact]
    public async Task Credentials_may_come_from_the_upgrade_request_and_the_payload_wins_over_them()
    {
        var a = await Host.CreateTenantAsync(Slugs.New("ws-header-a"));
        var b = await Host.CreateTenantAsync(Slugs.New("ws-header-b"));
        await using (var fromHeaders = await GraphQLWsTestClient.ConnectAsync(Host, configure: o => o.SetRequestHeader("Authorization", $"Bearer {a.Key}")))
        {
            await fromHeaders.SendAsync(new { type = "connection_init" });
            await fromHeaders.ExpectAsync("connection_ack");
            Assert.Equal(a.Slug, await TenantSlugAsync(fromHeaders));
        }
        await using (var payloadWins = await GraphQLWsTestClient.ConnectAsync(Host, configure: o => o.SetRequestHeader("X-Api-Key", a.Key)))
        {
            await payloadWins.SendAsync(new { type = "connection_init", payload = new { apiKey = b.Key } });
            await payloadWins.ExpectAsync("connection_ack");
            Assert.Equal(b.Slug, await TenantSlugAsync(payloadWins));
        }
        // A platform principal picks the tenant to act on, as X-Tenant-Id does over HTTP.
        await using var admin = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = PlatformHost.AdminKey, tenantId = a.Slug });
        Assert.Equal(a.Slug, await TenantSlugAsync(admin));
    }

    [Fact]
    public async Task A_duplicate_active_id_closes_with_4409()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("ws-4409"));
        await using var client = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = tenant.Key });
        await client.SubscribeAsync("same", TestEventsSubscription);
        await client.SubscribeAsync("same", "{ viewer { authenticated } }");
        Assert.Equal("Subscriber for same already exists", await client.ExpectCloseAsync(4409));
    }

    public static TheoryData<string, string> InvalidMessages => new()
    {
        { "not json", "not JSON" },
        { "[1,2]", "string 'type'" },
        { """{"type":5}""", "string 'type'" },
        { """{"type":"connection_init","payload":"text"}""", "payload must be an object" },
        { """{"type":"subscribe_me"}""", "unsupported type" },
        { """{"type":"next","id":"1","payload":{}}""", "unsupported type 'next'" },
        { """{"type":"subscribe","payload":{"query":"{ viewer { authenticated } }"}}""", "non-empty string 'id'" },
        { """{"type":"subscribe","id":"1","payload":{"variables":{}}}""", "string 'query'" },
        { """{"type":"subscribe","id":"1","payload":{"query":"{ __typename }","variables":[]}}""", "'variables' must be an object" },
        { """{"type":"complete"}""", "non-empty string 'id'" },
    };

    [Theory]
    [MemberData(nameof(InvalidMessages))]
    public async Task Invalid_messages_close_with_4400_and_others_are_unaffected(string message, string reasonPart)
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("ws-4400"));
        await using var bystander = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = tenant.Key });
        await using (var client = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = tenant.Key }))
        {
            await client.SendTextAsync(message);
            Assert.Contains(reasonPart, await client.ExpectCloseAsync(4400));
        }
        await bystander.SubscribeAsync("q", "{ viewer { authenticated } }");
        await bystander.ExpectAsync("next", "q");
    }

    [Fact]
    public async Task Binary_and_oversized_messages_close_with_4400()
    {
        await using (var binary = await GraphQLWsTestClient.ConnectAsync(Host))
        {
            await binary.SendBinaryAsync([1, 2, 3]);
            Assert.Contains("binary", await binary.ExpectCloseAsync(4400));
        }
        var tenant = await Host.CreateTenantAsync(Slugs.New("ws-huge"));
        await using var huge = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = tenant.Key });
        var query = "{ viewer { authenticated } }" + new string(' ', SubscriptionHostFixture.MaxMessageBytes);
        await huge.SubscribeAsync("q", query);
        Assert.Equal($"Message too large: the limit is {SubscriptionHostFixture.MaxMessageBytes} bytes", await huge.ExpectCloseAsync(4400));
    }

    [Fact]
    public async Task A_socket_without_the_graphql_transport_ws_subprotocol_is_closed_with_4406()
    {
        await using var client = await GraphQLWsTestClient.ConnectAsync(Host, subProtocol: null);
        Assert.Contains("graphql-transport-ws", await client.ExpectCloseAsync(4406));
    }

    [Fact]
    public async Task More_operations_than_the_cap_get_an_error_message_and_the_socket_stays_open()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("ws-cap"));
        await using var client = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = tenant.Key });
        var before = Host.Services.GetRequiredService<InMemoryEventBus>().SubscriberCount(TestEvent.Topic);
        for (var i = 0; i < SubscriptionHostFixture.MaxSubscriptionsPerConnection; i++)
            await client.SubscribeAsync($"s{i}", TestEventsSubscription);
        await Host.WaitForSubscribersAsync(TestEvent.Topic, before + SubscriptionHostFixture.MaxSubscriptionsPerConnection);

        await client.SubscribeAsync("one-too-many", TestEventsSubscription);
        var error = await client.ExpectAsync("error", "one-too-many");
        Assert.Equal("SUBSCRIPTION_LIMIT_EXCEEDED", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());

        await client.SendAsync(new { id = "s0", type = "complete" });
        await client.PingAsync();
        await client.SubscribeAsync("q", "{ viewer { authenticated } }");
        await client.ExpectAsync("next", "q");
    }

    [Fact]
    public async Task More_connections_than_the_cap_per_principal_close_with_4403()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("ws-conns"));
        var open = new List<GraphQLWsTestClient>();
        for (var i = 0; i < SubscriptionHostFixture.MaxConnectionsPerPrincipal; i++)
            open.Add(await GraphQLWsTestClient.InitAsync(Host, new { apiKey = tenant.Key }));
        await using (var extra = await GraphQLWsTestClient.ConnectAsync(Host))
        {
            await extra.SendAsync(new { type = "connection_init", payload = new { apiKey = tenant.Key } });
            Assert.Contains($"more than {SubscriptionHostFixture.MaxConnectionsPerPrincipal} connections", await extra.ExpectCloseAsync(4403));
        }
        // Another principal is not affected, and a closed connection frees its place.
        var other = await Host.CreateTenantAsync(Slugs.New("ws-conns-other"));
        await using (await GraphQLWsTestClient.InitAsync(Host, new { apiKey = other.Key }))
        {
        }
        await open[0].DisposeAsync();
        var registry = Host.Services.GetRequiredService<StreamingConnectionRegistry>();
        await Eventually.TrueAsync(() => registry.Connections.Count(c => c.Subscriber.Credentials.ApiKey == tenant.Key) < SubscriptionHostFixture.MaxConnectionsPerPrincipal,
            "the closed connection to leave the registry");
        open[0] = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = tenant.Key });
        foreach (var client in open)
            await client.DisposeAsync();
    }

    [Fact]
    public async Task Revoking_a_key_closes_its_open_sockets_with_4403_at_once()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("ws-revoke"));
        var second = await Host.Admin().MutateAsync("createApiKey", $$"""{ tenantId: "{{tenant.Id}}", name: "other", role: TENANT_MEMBER }""", "secret");
        await using var revoked = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = tenant.Key });
        await using var unaffected = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = second.GetProperty("secret").GetString() });

        await Host.Admin().MutateAsync("revokeApiKey", $$"""{ id: "{{tenant.KeyId}}" }""", "apiKey { revoked }");
        Assert.Equal("Forbidden: The API key was revoked.", await revoked.ExpectCloseAsync(4403));
        await unaffected.PingAsync();
    }

    [Fact]
    public async Task Suspending_a_tenant_closes_its_sockets_but_not_a_platform_admins_acting_on_it()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("ws-suspend"));
        await using var own = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = tenant.Key });
        await using var admin = await GraphQLWsTestClient.InitAsync(Host, new { apiKey = PlatformHost.AdminKey, tenantId = tenant.Id });

        await Host.Admin().MutateAsync("suspendTenant", $$"""{ id: "{{tenant.Id}}", reason: "test" }""", "tenant { status }");
        Assert.Equal("Forbidden: The tenant was suspended.", await own.ExpectCloseAsync(4403));
        Assert.Equal(tenant.Slug, await TenantSlugAsync(admin));
    }

    private static async Task<string?> TenantSlugAsync(GraphQLWsTestClient client)
    {
        var id = Guid.NewGuid().ToString("N");
        await client.SubscribeAsync(id, "{ viewer { tenant { slug } } }");
        var next = await client.ExpectAsync("next", id);
        await client.ExpectAsync("complete", id);
        var tenant = next.GetProperty("payload").GetProperty("data").GetProperty("viewer").GetProperty("tenant");
        return tenant.ValueKind == JsonValueKind.Null ? null : tenant.GetProperty("slug").GetString();
    }
}
