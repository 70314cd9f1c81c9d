using System.Diagnostics;
using System.Text;
using System.Text.Json;
using KooMessage.Platform.Features.Dashboard;
using KooMessage.Platform.Tests.Infrastructure;
using KooMessage.Platform.Tests.Subscriptions;

namespace KooMessage.Platform.Tests.Dashboard;

/// <summary>
/// dashboardUpdated over real WebSockets: a 2,000-recipient dispatch in batches of 100 reaches a
/// subscriber as a few coalesced messages (at most one a second), computed once per tick for all the
/// tenant's subscribers; another tenant hears nothing of it; the platform scope is for platform principals; a low
/// quota balance reaches its tenant's dashboard.
/// </summary>
public sealed class DashboardSubscriptionTests
{
    private const string Subscription = """
        subscription($scope: DashboardScope!) { dashboardUpdated(scope: $scope) {
          scope changed { name value previous }
          overview { at tenant { runningTasks traffic { today { sent delivered } } } platform { traffic { today { sent delivered } } } } } }
        """;

    private const int Recipients = 2_000;

    [Fact]
    public async Task A_2000_recipient_dispatch_is_a_few_coalesced_messages_shared_by_subscribers_and_unheard_by_another_tenant()
    {
        await using var host = await PlatformHost.StartAsync(new Dictionary<string, string?>(SendTaskScenario.FastDispatch)
        {
            ["Dispatch:BatchSize"] = "100",
        });
        var story = await SendTaskScenario.StartAsync(host, "live");
        var other = await SendTaskScenario.StartAsync(host, "live-other");
        var numbers = new StringBuilder("phone,order\n");
        for (var i = 0; i < Recipients; i++)
            numbers.Append($"1380{i:D7},A{i}\n");
        var file = await story.AsTenant.UploadIdAsync(TestFiles.Csv(numbers.ToString()), "numbers.csv", "NUMBER_FILE");

        var key = story.Messaging.Filing.Tenant.Key;
        var watchers = new List<GraphQLWsTestClient>();
        for (var i = 0; i < 10; i++)
            watchers.Add(await GraphQLWsTestClient.InitAsync(host, new { apiKey = key }));
        await using var stranger = await GraphQLWsTestClient.InitAsync(host, new { apiKey = other.Messaging.Filing.Tenant.Key });
        await using var platform = await GraphQLWsTestClient.InitAsync(host, new { apiKey = PlatformHost.AdminKey });
        try
        {
            foreach (var watcher in watchers)
                await watcher.SubscribeAsync("dash", Subscription, new { scope = "TENANT" });
            await stranger.SubscribeAsync("dash", Subscription, new { scope = "TENANT" });
            await platform.SubscribeAsync("dash", Subscription, new { scope = "PLATFORM" });

            // The first message: the whole overview, every counter new.
            var first = await NextAsync(watchers[0]);
            Assert.Equal("TENANT", first.GetProperty("scope").GetString());
            Assert.All(first.GetProperty("changed").EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("previous").ValueKind));
            Assert.Contains(first.GetProperty("changed").EnumerateArray(), c => c.GetProperty("name").GetString() == "tenant.traffic.today.sent");
            foreach (var watcher in watchers.Skip(1))
                await NextAsync(watcher);
            Assert.Equal(0, Sent(await NextAsync(stranger), "tenant"));
            await NextAsync(platform);

            var hub = host.Services.GetRequiredService<DashboardHub>();
            var computationsBefore = hub.Computations;
            var clock = Stopwatch.StartNew();
            var taskId = await story.CreateAsync(story.Input(fileId: file));

            // Read until the dashboard shows every message delivered; count the messages on the way.
            var messages = 0;
            JsonElement last;
            do
            {
                last = await NextAsync(watchers[0]);
                messages++;
                Assert.All(last.GetProperty("changed").EnumerateArray(), c => Assert.NotEqual(c.GetProperty("previous").GetInt32(), c.GetProperty("value").GetInt32()));
            }
            while (Delivered(last, "tenant") < Recipients && messages < 500);
            clock.Stop();
            Assert.Equal(Recipients, Sent(last, "tenant"));
            await story.WaitForAsync(taskId, SendTaskScenario.Finished);

            // Coalesced: at most one message a second (plus the one in flight), however many batches and receipts there were.
            Assert.InRange(messages, 1, (int)clock.Elapsed.TotalSeconds + 2);
            // Shared: one computation per group (2 tenants, the platform) and tick, not one per subscriber.
            Assert.InRange(hub.Computations - computationsBefore, 1, 3 * ((int)clock.Elapsed.TotalSeconds + 2));

            // The platform's dashboard saw the traffic; the other tenant heard nothing of it.
            JsonElement platformLast;
            var platformMessages = 0;
            do
                platformLast = await NextAsync(platform);
            while (Delivered(platformLast, "platform") < Recipients && ++platformMessages < 500);
            Assert.Equal(Recipients, Sent(platformLast, "platform"));
            // The pong comes next: nothing was sent to the other tenant after its first message.
            await stranger.PingAsync();
        }
        finally
        {
            foreach (var watcher in watchers)
                await watcher.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_platform_scope_is_for_platform_principals_and_a_tenant_scope_needs_a_tenant()
    {
        await using var host = await PlatformHost.StartAsync(PlatformHost.WithoutBackgroundWork);
        var tenant = await host.CreateTenantAsync(Slugs.New("live-scope"));
        await using var socket = await GraphQLWsTestClient.InitAsync(host, new { apiKey = tenant.Key });
        await socket.SubscribeAsync("platform", Subscription, new { scope = "PLATFORM" });
        Assert.Equal("AUTH_NOT_AUTHORIZED", (await socket.ExpectAsync("next", "platform")).GetProperty("payload").ErrorCode());

        await using var admin = await GraphQLWsTestClient.InitAsync(host, new { apiKey = PlatformHost.AdminKey });
        await admin.SubscribeAsync("tenant", Subscription, new { scope = "TENANT" });
        Assert.Equal("PRECONDITION_FAILED", (await admin.ExpectAsync("next", "tenant")).GetProperty("payload").ErrorCode());
        await admin.ExpectAsync("complete", "tenant");
        await admin.SubscribeAsync("zone", "subscription { dashboardUpdated(scope: PLATFORM, timeZone: \"Mars/Base\") { scope } }");
        Assert.Equal("VALIDATION", (await admin.ExpectAsync("next", "zone")).GetProperty("payload").ErrorCode());
    }

    /// <summary>
    /// Issue 18's low-balance event on the dashboard: a reservation that leaves a tenant at most
    /// Quotas:LowBalancePercent (10 %) of its SMART_MESSAGE grant publishes QuotaBalanceLow, and that tenant's
    /// dashboardUpdated reports tenant.quota.SMART_MESSAGE.low turning 1 with the balance; another tenant hears nothing.
    /// </summary>
    [Fact]
    public async Task A_low_quota_balance_reaches_the_tenants_dashboard_and_no_other()
    {
        await using var host = await PlatformHost.StartAsync(new Dictionary<string, string?>(SendTaskScenario.FastDispatch) { ["Quotas:Enforce"] = "true" });
        var story = await SendTaskScenario.StartAsync(host, "live-quota");
        var other = await SendTaskScenario.StartAsync(host, "live-quota-other");
        await host.Admin().MutateAsync("grantPackage",
            $"{{ tenantId: \"{story.Messaging.Filing.Tenant.Id}\", product: SMART_MESSAGE, quantity: 10, validFrom: \"2020-01-01T00:00:00Z\", validTo: \"2099-01-01T00:00:00Z\" }}",
            "package { id }");
        const string quota = "subscription { dashboardUpdated(scope: TENANT) { changed { name value previous } overview { tenant { lowQuota quota { product granted remaining } } } } }";
        await using var watcher = await GraphQLWsTestClient.InitAsync(host, new { apiKey = story.Messaging.Filing.Tenant.Key });
        await using var stranger = await GraphQLWsTestClient.InitAsync(host, new { apiKey = other.Messaging.Filing.Tenant.Key });
        await watcher.SubscribeAsync("dash", quota);
        await stranger.SubscribeAsync("dash", quota);
        var first = await NextAsync(watcher);
        Assert.Contains(first.GetProperty("changed").EnumerateArray(), c => c.GetProperty("name").GetString() == "tenant.quota.SMART_MESSAGE.low" && c.GetProperty("value").GetInt32() == 0);
        Assert.Empty(first.GetProperty("overview").GetProperty("tenant").GetProperty("lowQuota").EnumerateArray());
        // The grant is the tenant's own: the other tenant's dashboard shows no quota of it.
        var strangers = (await NextAsync(stranger)).GetProperty("overview").GetProperty("tenant");
        Assert.All(strangers.GetProperty("quota").EnumerateArray(), b => Assert.Equal(0, b.GetProperty("granted").GetInt64()));

        // 9 of 10 reserved: 1 left is 10 % of the grant, low.
        await story.CreateAsync(story.Input(numbers: Enumerable.Range(0, 9).Select(i => $"1380013{i:D4},A{i}")));
        JsonElement update;
        var messages = 0;
        do
            update = await NextAsync(watcher);
        while (!update.GetProperty("changed").EnumerateArray().Any(c => c.GetProperty("name").GetString() == "tenant.quota.SMART_MESSAGE.low") && ++messages < 60);
        var low = update.GetProperty("changed").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "tenant.quota.SMART_MESSAGE.low");
        Assert.Equal((1, 0), (low.GetProperty("value").GetInt32(), low.GetProperty("previous").GetInt32()));
        var tenant = update.GetProperty("overview").GetProperty("tenant");
        Assert.Equal(["SMART_MESSAGE"], tenant.GetProperty("lowQuota").EnumerateArray().Select(p => p.GetString()));
        var balance = tenant.GetProperty("quota").EnumerateArray().Single(b => b.GetProperty("product").GetString() == "SMART_MESSAGE");
        Assert.Equal((10, 1), (balance.GetProperty("granted").GetInt64(), balance.GetProperty("remaining").GetInt64()));

        // The other tenant's dashboard heard nothing after its first message: the pong comes first.
        await stranger.PingAsync();
    }

    private static async Task<JsonElement> NextAsync(GraphQLWsTestClient socket)
    {
        var message = await socket.ExpectAsync("next", "dash", TimeSpan.FromSeconds(90));
        return message.GetProperty("payload").GetProperty("data").GetProperty("dashboardUpdated");
    }

    private static int Sent(JsonElement update, string part) => Today(update, part).GetProperty("sent").GetInt32();

    private static int Delivered(JsonElement update, string part) => Today(update, part).GetProperty("delivered").GetInt32();

    private static JsonElement Today(JsonElement update, string part)
        => update.GetProperty("overview").GetProperty(part).GetProperty("traffic").GetProperty("today");
}
