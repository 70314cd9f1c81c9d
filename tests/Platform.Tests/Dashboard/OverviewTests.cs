using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KooMessage.Platform.Tests.Dashboard;

/// <summary>
/// The overview (总览): a tenant's counts by status and today's traffic from the rollups, the platform's
/// tenants, review queue and throughput; a tenant sees only its own numbers; and the statements it costs
/// do not grow with the statuses and kinds in use.
/// </summary>
public sealed class OverviewTests
{
    public const string TenantSelection = """
        tenant {
          filings { area status count }
          apps { status count } signatures { status count } smsTemplates { status count }
          smartTemplates { status count } videoTemplates { status count } tasks { status count }
          runningTasks scheduledTasks
          traffic { today { submitted sent delivered failed clicks uniqueClicks } lastHour { sent delivered clicks } }
        }
        """;

    public const string PlatformSelection = """
        platform {
          tenants { status count }
          reviewQueue { kind waiting overdue oldestSubmittedAt }
          traffic { today { sent delivered clicks } lastHour { sent delivered clicks } }
        }
        """;

    [Fact]
    public async Task A_tenant_sees_its_own_counts_and_traffic_and_the_platform_sees_tenants_queue_and_throughput()
    {
        await using var host = await PlatformHost.StartAsync(SendTaskScenario.FastDispatch);
        var story = await SendTaskScenario.StartAsync(host, "overview");
        var other = await FilingScenario.StartAsync(host, "overview-other");
        await other.SaveProfileAsync();
        var waiting = (await other.SaveSmartMessageFilingAsync()).GetProperty("filing").GetProperty("id").GetString()!;
        await other.SubmitAsync(waiting);

        var taskId = await story.CreateAsync(story.Input(numbers: ["13800138000,A1", "13800138001,A2", "12"]));
        await story.WaitForAsync(taskId, t => SendTaskScenario.Finished(t) && SendTaskScenario.Progress(t, "delivered") == 2);
        var at = DateTime.UtcNow.AddHours(2).ToString("O");
        await story.CreateAsync(story.Input(name: "稍后").Replace("sendMode: IMMEDIATE", $"sendMode: SCHEDULED, scheduledAt: \"{at}\""));

        var mine = (await story.AsTenant.QueryAsync($"{{ overview {{ timeZone {TenantSelection} {PlatformSelection} }} }}")).GetProperty("overview");
        Assert.Equal("Asia/Shanghai", mine.GetProperty("timeZone").GetString());
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("platform").ValueKind);
        var tenant = mine.GetProperty("tenant");
        Assert.Equal(["SMART_MESSAGE:APPROVED:1"], tenant.GetProperty("filings").EnumerateArray()
            .Select(f => $"{f.GetProperty("area").GetString()}:{f.GetProperty("status").GetString()}:{f.GetProperty("count").GetInt32()}"));
        Assert.Equal(["ACTIVE:1"], Counts(tenant, "apps"));
        Assert.Equal(["APPROVED:1"], Counts(tenant, "signatures"));
        Assert.Equal(["ACTIVE:1"], Counts(tenant, "smsTemplates"));
        Assert.Empty(Counts(tenant, "smartTemplates"));
        Assert.Equal(["SCHEDULED:1"], Counts(tenant, "tasks"));
        Assert.Equal(0, tenant.GetProperty("runningTasks").GetInt32());
        Assert.Equal(1, tenant.GetProperty("scheduledTasks").GetInt32());
        var today = tenant.GetProperty("traffic").GetProperty("today");
        Assert.Equal(2 + 1, today.GetProperty("submitted").GetInt32());
        Assert.Equal(2, today.GetProperty("sent").GetInt32());
        Assert.Equal(2, today.GetProperty("delivered").GetInt32());
        Assert.Equal(2, tenant.GetProperty("traffic").GetProperty("lastHour").GetProperty("sent").GetInt32());

        // The other tenant: its own pending filing and nothing of the first tenant's.
        var theirs = (await other.AsTenant.QueryAsync($"{{ overview {{ {TenantSelection} }} }}")).GetProperty("overview").GetProperty("tenant");
        Assert.Equal("PENDING", Assert.Single(theirs.GetProperty("filings").EnumerateArray()).GetProperty("status").GetString());
        Assert.Empty(Counts(theirs, "apps"));
        Assert.Empty(Counts(theirs, "tasks"));
        Assert.Equal(0, theirs.GetProperty("traffic").GetProperty("today").GetProperty("sent").GetInt32());

        // A reviewer: the platform's numbers, no tenant's.
        var platform = (await other.Reviewer.QueryAsync($"{{ overview(timeZone: \"UTC\") {{ {TenantSelection} {PlatformSelection} }} }}")).GetProperty("overview");
        Assert.Equal(JsonValueKind.Null, platform.GetProperty("tenant").ValueKind);
        var whole = platform.GetProperty("platform");
        Assert.Equal(["ACTIVE:2"], Counts(whole, "tenants"));
        var queue = Assert.Single(whole.GetProperty("reviewQueue").EnumerateArray());
        Assert.Equal("FILING", queue.GetProperty("kind").GetString());
        Assert.Equal(1, queue.GetProperty("waiting").GetInt32());
        Assert.Equal(0, queue.GetProperty("overdue").GetInt32());
        Assert.True(queue.GetProperty("oldestSubmittedAt").GetDateTime() <= DateTime.UtcNow);
        Assert.Equal(2, whole.GetProperty("traffic").GetProperty("lastHour").GetProperty("sent").GetInt32());

        var badZone = (await story.AsTenant.PostAsync("{ overview(timeZone: \"Mars/Base\") { timeZone } }")).Body;
        Assert.Equal("VALIDATION", badZone.ErrorCode());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", (await host.Anonymous().PostAsync("{ overview { timeZone } }")).Body.ErrorCode());
    }

    [Fact]
    public async Task The_overview_costs_the_same_statements_whatever_the_statuses_and_kinds_in_use()
    {
        var counter = new SqlStatementCounter();
        await using var host = await PlatformHost.StartAsync(PlatformHost.WithoutBackgroundWork, s => s.AddSingleton<IInterceptor>(counter));
        var story = await MessagingScenario.StartAsync(host, "overview-cost");
        var admin = host.Admin(story.Filing.Tenant.Slug);
        var query = $"{{ overview {{ {TenantSelection} {PlatformSelection} }} }}";

        async Task<int> Statements()
        {
            counter.Reset();
            var overview = (await admin.QueryAsync(query)).GetProperty("overview");
            Assert.NotEqual(JsonValueKind.Null, overview.GetProperty("tenant").ValueKind);
            Assert.NotEqual(JsonValueKind.Null, overview.GetProperty("platform").ValueKind);
            return counter.Count;
        }

        await Statements(); // the first call also resolves the key and the tenant (cached after)
        var few = await Statements();
        // Many statuses and kinds: apps, signatures approved, pending and rejected, templates, filings of two areas, queue kinds.
        var app = await story.CreateAppAsync("一号");
        await story.CreateAppAsync("二号");
        var approved = await story.ApprovedSignatureAsync(app, "签名甲");
        await story.ApprovedTemplateAsync(app, approved);
        var pending = (await story.TryCreateSignatureAsync(app, "签名乙")).GetProperty("smsSignature").GetProperty("id").GetString()!;
        var rejected = (await story.TryCreateSignatureAsync(app, "签名丙")).GetProperty("smsSignature").GetProperty("id").GetString()!;
        await story.Filing.RejectAsync(rejected, "材料不全");
        await story.Filing.SaveBasicEditionFilingAsync();
        for (var i = 0; i < 3; i++)
            await FilingScenario.StartAsync(host, $"overview-more{i}");
        var many = await Statements();

        Assert.True(pending.Length > 0);
        Assert.Equal(few, many);
        Assert.InRange(many, 1, 12); // 9 grouped counts for the tenant (its quota balances one of them), 3 for the platform
    }

    private static IEnumerable<string> Counts(JsonElement overview, string field)
        => overview.GetProperty(field).EnumerateArray().Select(c => $"{c.GetProperty("status").GetString()}:{c.GetProperty("count").GetInt32()}").ToList();
}
