using System.Text.Json;
using KooMessage.Platform.Data;
using KooMessage.Platform.Features.Quotas;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Quotas;

/// <summary>Packages and quotas through the real API: grants, reservations under concurrency, settlement, bad input.</summary>
public sealed class QuotaTests
{
    internal static readonly Dictionary<string, string?> Enforced = new(SendTaskScenario.FastDispatch) { ["Quotas:Enforce"] = "true" };

    internal const string BalanceFields = "product granted reserved consumed remaining";

    internal const string LimitSelection = "... on LimitExceededError { limit remaining needed }";

    private static string Numbers(int from, int count) => JsonSerializer.Serialize(Enumerable.Range(from, count).Select(i => $"1380013{i:D4},A100"));

    internal static Task<JsonElement> GrantAsync(GraphQLClient admin, string tenantId, string product, int quantity, string validFrom = "2020-01-01T00:00:00Z",
        string validTo = "2099-01-01T00:00:00Z")
        => admin.TryMutateAsync("grantPackage",
            $"{{ tenantId: \"{tenantId}\", product: {product}, quantity: {quantity}, validFrom: \"{validFrom}\", validTo: \"{validTo}\" }}",
            "package { id product quantity remaining }", "... on ValidationError { field } ... on NotFoundError { field }");

    internal static async Task<JsonElement> BalanceAsync(GraphQLClient client, string product)
    {
        var balances = (await client.QueryAsync($"{{ balances {{ {BalanceFields} }} }}")).GetProperty("balances");
        return balances.EnumerateArray().Single(b => b.GetProperty("product").GetString() == product);
    }

    internal static long Value(JsonElement balance, string name) => balance.GetProperty(name).GetInt64();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Twenty_tasks_created_at_once_against_ten_tasks_worth_exactly_ten_succeed_and_the_balance_never_goes_negative(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await database.StartHostAsync(new Dictionary<string, string?>(Enforced) { ["Dispatch:PollInterval"] = "00:10:00" });
        var story = await SendTaskScenario.StartAsync(host, "quotarace");
        // Two packages, so the takes also span packages: 10 tasks × 2 recipients = 20 parses.
        (await GrantAsync(host.Admin(), story.Messaging.Filing.Tenant.Id, "SMART_MESSAGE", 7)).AssertNoErrors();
        (await GrantAsync(host.Admin(), story.Messaging.Filing.Tenant.Id, "SMART_MESSAGE", 13, validTo: "2098-01-01T00:00:00Z")).AssertNoErrors();

        var payloads = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => story.AsTenant.TryMutateAsync("createSendTask",
            story.Input($"并发{i}", numbers: JsonSerializer.Deserialize<string[]>(Numbers(i * 2, 2))), "sendTask { id }", LimitSelection)));

        var created = payloads.Where(p => !p.HasErrors()).ToList();
        var refused = payloads.Where(p => p.HasErrors()).ToList();
        Assert.Equal(10, created.Count);
        Assert.All(refused, p =>
        {
            Assert.Equal("LimitExceededError", p.ErrorType());
            Assert.Equal(2, p.Error().GetProperty("needed").GetInt32());
            Assert.Equal(0, p.Error().GetProperty("remaining").GetInt32());
        });
        var balance = await BalanceAsync(story.AsTenant, "SMART_MESSAGE");
        Assert.Equal(20, Value(balance, "granted"));
        Assert.Equal(20, Value(balance, "reserved") + Value(balance, "consumed"));
        Assert.Equal(0, Value(balance, "remaining"));
        var packages = (await story.AsTenant.QueryAsync("{ quotaPackages { nodes { quantity reserved consumed remaining } } }"))
            .GetProperty("quotaPackages").GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(packages, p => Assert.True(p.GetProperty("remaining").GetInt32() >= 0 && p.GetProperty("reserved").GetInt32() >= 0));
        Assert.Equal(10, (await story.AsTenant.QueryAsync("{ sendTasks { totalCount } }")).GetProperty("sendTasks").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Dispatch_consumes_the_reservation_oldest_package_first_and_cancelling_refunds_it()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await database.StartHostAsync(Enforced);
        var story = await SendTaskScenario.StartAsync(host, "quotaflow");
        var tenantId = story.Messaging.Filing.Tenant.Id;
        var later = (await GrantAsync(host.Admin(), tenantId, "SMART_MESSAGE", 5)).GetProperty("package").GetProperty("id").GetString()!;
        var older = (await GrantAsync(host.Admin(), tenantId, "SMART_MESSAGE", 3, validTo: "2090-01-01T00:00:00Z")).GetProperty("package").GetProperty("id").GetString()!;

        // 4 recipients: 3 from the package that expires first, 1 from the other; sent and consumed.
        var sent = await story.CreateAsync(story.Input("消耗", numbers: JsonSerializer.Deserialize<string[]>(Numbers(0, 4))));
        await story.WaitForAsync(sent, SendTaskScenario.Finished);
        // Consumption is recorded with the hand-over, and the task's end released the rest in the transaction that ended it.
        var balance = await BalanceAsync(story.AsTenant, "SMART_MESSAGE");
        Assert.Equal(4, Value(balance, "consumed"));
        Assert.Equal(0, Value(balance, "reserved"));
        Assert.Equal(4, Value(balance, "remaining"));
        var remaining = (await story.AsTenant.QueryAsync("{ quotaPackages { nodes { id remaining } } }")).GetProperty("quotaPackages").GetProperty("nodes")
            .EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("remaining").GetInt32());
        Assert.Equal(0, remaining[older]);
        Assert.Equal(4, remaining[later]);

        // A scheduled task holds its reservation until it is cancelled, then gets it back.
        var scheduledAt = DateTime.UtcNow.AddDays(1).ToString("O");
        var scheduled = await story.CreateAsync(story.Input("取消", numbers: JsonSerializer.Deserialize<string[]>(Numbers(10, 3)))
            .Replace("sendMode: IMMEDIATE", $"sendMode: SCHEDULED, scheduledAt: \"{scheduledAt}\""));
        await story.WaitForAsync(scheduled, t => t.GetProperty("status").GetString() == "SCHEDULED");
        Assert.Equal(3, Value(await BalanceAsync(story.AsTenant, "SMART_MESSAGE"), "reserved"));
        (await story.AsTenant.MutateAsync("cancelSendTask", $"{{ id: \"{scheduled}\" }}", "sendTask { status }")).AssertNoErrors();
        balance = await BalanceAsync(story.AsTenant, "SMART_MESSAGE");
        Assert.Equal(0, Value(balance, "reserved"));
        Assert.Equal(4, Value(balance, "remaining"));

        var kinds = (await story.AsTenant.QueryAsync("{ usage(first: 100) { nodes { kind quantity taskId } } }")).GetProperty("usage").GetProperty("nodes")
            .EnumerateArray().Select(e => (Kind: e.GetProperty("kind").GetString(), Quantity: e.GetProperty("quantity").GetInt32())).ToList();
        Assert.Equal(8, kinds.Where(k => k.Kind == "GRANT").Sum(k => k.Quantity));
        Assert.Equal(7, kinds.Where(k => k.Kind == "RESERVATION").Sum(k => k.Quantity));
        Assert.Equal(4, kinds.Where(k => k.Kind == "CONSUMPTION").Sum(k => k.Quantity));
        Assert.Equal(3, kinds.Where(k => k.Kind == "REFUND").Sum(k => k.Quantity));

        // Revoked: its remainder can no longer be reserved.
        (await host.Admin().MutateAsync("revokePackage", $"{{ id: \"{later}\" }}", "package { revokedAt remaining }")).AssertNoErrors();
        var refused = await story.AsTenant.TryMutateAsync("createSendTask", story.Input("撤销后", numbers: ["13900139000,A100"]), "sendTask { id }", LimitSelection);
        Assert.Equal("LimitExceededError", refused.ErrorType());
        Assert.Equal(1, refused.Error().GetProperty("needed").GetInt32());
    }

    [Fact]
    public async Task Bad_grants_are_typed_errors_that_store_nothing_and_tenants_cannot_grant()
    {
        await using var host = await PlatformHost.StartAsync(Enforced);
        var story = await SendTaskScenario.StartAsync(host, "quotabad");
        var tenantId = story.Messaging.Filing.Tenant.Id;
        var admin = host.Admin();

        var negative = await GrantAsync(admin, tenantId, "PLAIN_SMS", -5);
        Assert.Equal(("ValidationError", "quantity"), (negative.ErrorType(), negative.ErrorField()));
        var backwards = await GrantAsync(admin, tenantId, "PLAIN_SMS", 5, validFrom: "2030-01-01T00:00:00Z", validTo: "2029-01-01T00:00:00Z");
        Assert.Equal(("ValidationError", "validTo"), (backwards.ErrorType(), backwards.ErrorField()));
        // A well-formed id of no tenant, and a tenant's own key: not found / not allowed, same as for any missing tenant.
        var unknown = await GrantAsync(admin, KooMessage.Platform.GraphQL.Relay.GlobalId.Encode("Tenant", Guid.NewGuid()), "PLAIN_SMS", 5);
        Assert.Equal(("NotFoundError", "tenantId"), (unknown.ErrorType(), unknown.ErrorField()));
        var byTenant = await story.AsTenant.PostAsync(
            $"mutation {{ grantPackage(input: {{ tenantId: \"{tenantId}\", product: PLAIN_SMS, quantity: 5, validFrom: \"2020-01-01T00:00:00Z\", validTo: \"2099-01-01T00:00:00Z\" }}) {{ package {{ id }} }} }}");
        Assert.True(byTenant.HasErrors);

        Assert.Equal(0, (await story.AsTenant.QueryAsync("{ quotaPackages { totalCount } usage { totalCount } }")).GetProperty("quotaPackages").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, Value(await BalanceAsync(story.AsTenant, "PLAIN_SMS"), "granted"));

        // Enforced without a package: refused with nothing stored.
        var refused = await story.AsTenant.TryMutateAsync("createSendTask", story.Input(numbers: ["13800138000,A100"]), "sendTask { id }", LimitSelection);
        Assert.Equal("LimitExceededError", refused.ErrorType());
        Assert.Equal((0, 1), (refused.Error().GetProperty("remaining").GetInt32(), refused.Error().GetProperty("needed").GetInt32()));
        Assert.Equal(0, (await story.AsTenant.QueryAsync("{ sendTasks { totalCount } }")).GetProperty("sendTasks").GetProperty("totalCount").GetInt32());
    }
}
