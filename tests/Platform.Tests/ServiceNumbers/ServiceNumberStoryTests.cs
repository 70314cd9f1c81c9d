using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.ServiceNumbers;

/// <summary>Issue 8's "done when": the whole service-number story over HTTP, from filing to click report.</summary>
public sealed class ServiceNumberStoryTests(ServiceNumberFixture fixture) : IClassFixture<ServiceNumberFixture>
{
    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task Filing_service_number_menu_homepage_channel_number_binding_effective_lookup_revision_and_click_report()
    {
        var story = await ServiceNumberScenario.StartAsync(Host, "sn-story");
        var name = ServiceNumberScenario.UniqueName("示例银行");

        // No approved SERVICE_NUMBER filing yet: refused, nothing created.
        var tooEarly = await story.TryCreateServiceNumberAsync(
            ServiceNumberScenario.ProfileFields(name, await story.UploadLogoAsync(), await story.UploadLetterAsync()));
        Assert.Equal("PreconditionFailedError", tooEarly.ErrorType());
        Assert.Equal(0, (await story.AsTenant.QueryAsync("{ serviceNumbers { totalCount } }")).GetProperty("serviceNumbers").GetProperty("totalCount").GetInt32());

        await story.ApprovedFilingAsync();
        var (serviceNumberId, eventToken) = await story.CreateServiceNumberAsync(name);
        Assert.StartsWith("snt_", eventToken);

        // The reviewer finds it in the queue and approves it; it is not effective until the delay has passed.
        var queued = await story.Reviewer.QueryAsync($$$"""
            { reviewQueue(where: {kind: {eq: SERVICE_NUMBER}, tenantId: {eq: "{{{story.Tenant.Id}}}"}}) {
                nodes { title subject { id ... on ServiceNumber { name logo { name } } } } } }
            """);
        var ticket = queued.GetProperty("reviewQueue").GetProperty("nodes")[0];
        Assert.Equal(serviceNumberId, ticket.GetProperty("subject").GetProperty("id").GetString());
        Assert.Equal("logo.png", ticket.GetProperty("subject").GetProperty("logo").GetProperty("name").GetString());
        var approved = await story.Reviewer.MutateAsync("approve", $$"""{ subjectId: "{{serviceNumberId}}" }""",
            "subject { reviewStatus ... on ServiceNumber { status liveProfile { name } } }");
        Assert.Equal("NOT_EFFECTIVE", approved.GetProperty("subject").GetProperty("status").GetString());
        Assert.Equal(name, approved.GetProperty("subject").GetProperty("liveProfile").GetProperty("name").GetString());
        await story.WaitUntilEffectiveAsync(serviceNumberId);

        // Menu and homepage, each reviewed as a whole revision; both appear in the review queue.
        var menuId = await story.SaveMenuAsync(serviceNumberId);
        var homepageId = await story.SaveHomepageAsync(serviceNumberId);
        var pageQueue = await story.Reviewer.QueryAsync($$$"""
            { reviewQueue(where: {tenantId: {eq: "{{{story.Tenant.Id}}}"}, kind: {in: [SERVICE_NUMBER_MENU, SERVICE_NUMBER_HOMEPAGE]}}) {
                nodes { kind subject { id ... on ServiceNumberMenu { revision items { name } } ... on ServiceNumberHomepage { hotlines { number } } } } } }
            """);
        var kinds = pageQueue.GetProperty("reviewQueue").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["SERVICE_NUMBER_MENU", "SERVICE_NUMBER_HOMEPAGE"], kinds);
        await story.ApproveAsync(menuId);
        await story.ApproveAsync(homepageId);

        // A channel number with the signature, bound nationwide.
        var channelNumberId = await story.ApprovedChannelNumberAsync("ORDINARY", "10690001234", "示例银行", "示例信用卡");
        await story.BindAsync(serviceNumberId, channelNumberId, "NATIONWIDE");

        const string Effective = """
            { effectiveServiceNumber(channelNumber: "1069 0001 234", signature: "【示例银行】", province: GUANGDONG) {
                serviceNumber { id } profile { name } menu { revision items { name } } homepage { hotlines { number } }
                channelNumber { number } binding { region } bySignatureAuthorization } }
            """;
        var shown = (await story.AsTenant.QueryAsync(Effective)).GetProperty("effectiveServiceNumber");
        Assert.Equal(serviceNumberId, shown.GetProperty("serviceNumber").GetProperty("id").GetString());
        Assert.Equal(name, shown.GetProperty("profile").GetProperty("name").GetString());
        Assert.Equal(["优惠活动", "服务"], Names(shown.GetProperty("menu").GetProperty("items")));
        Assert.Equal(["400-8008888", "95555"], shown.GetProperty("homepage").GetProperty("hotlines").EnumerateArray().Select(h => h.GetProperty("number").GetString()));
        Assert.Equal("NATIONWIDE", shown.GetProperty("binding").GetProperty("region").GetString());
        Assert.False(shown.GetProperty("bySignatureAuthorization").GetBoolean());
        var otherSignature = await story.AsTenant.QueryAsync("""{ effectiveServiceNumber(channelNumber: "10690001234", signature: "别的签名", province: GUANGDONG) { serviceNumber { id } } }""");
        Assert.Equal(JsonValueKind.Null, otherSignature.GetProperty("effectiveServiceNumber").ValueKind);

        // A menu edit goes to review while the approved menu stays live; approval swaps them.
        var revisionId = await story.SaveMenuAsync(serviceNumberId, """[{ name: "新品发布会", action: OPEN_URL, url: "https://example.cn/launch", openInExternalBrowser: true }]""");
        const string Menus = "menu { id revision items { name } } pendingMenu { id revision reviewStatus items { name } }";
        var during = (await story.AsTenant.QueryAsync($$"""{ node(id: "{{serviceNumberId}}") { ... on ServiceNumber { {{Menus}} } } }""")).GetProperty("node");
        Assert.Equal(menuId, during.GetProperty("menu").GetProperty("id").GetString());
        Assert.Equal(["优惠活动", "服务"], Names(during.GetProperty("menu").GetProperty("items")));
        Assert.Equal(revisionId, during.GetProperty("pendingMenu").GetProperty("id").GetString());
        Assert.Equal(2, during.GetProperty("pendingMenu").GetProperty("revision").GetInt32());
        Assert.Equal("PENDING", during.GetProperty("pendingMenu").GetProperty("reviewStatus").GetString());
        Assert.Equal(["优惠活动", "服务"], Names((await story.AsTenant.QueryAsync(Effective)).GetProperty("effectiveServiceNumber").GetProperty("menu").GetProperty("items")));

        await story.ApproveAsync(revisionId);
        var after = (await story.AsTenant.QueryAsync($$"""{ node(id: "{{serviceNumberId}}") { ... on ServiceNumber { {{Menus}} } } }""")).GetProperty("node");
        Assert.Equal(revisionId, after.GetProperty("menu").GetProperty("id").GetString());
        Assert.Equal(["新品发布会"], Names(after.GetProperty("menu").GetProperty("items")));
        Assert.Equal(JsonValueKind.Null, after.GetProperty("pendingMenu").ValueKind);

        // Click events from the phone side, then the report's PV and UV.
        var today = DateTime.UtcNow.Date;
        var yesterdayNoon = today.AddHours(-12);
        var twoDaysAgoNoon = today.AddHours(-36);
        using var phone = Host.CreateClient();
        phone.DefaultRequestHeaders.Add("X-Service-Number-Token", eventToken);
        var events = new
        {
            events = new object[]
            {
                new { target = "MENU", name = "优惠活动", visitor = "phone-a", at = yesterdayNoon },
                new { target = "MENU", name = "优惠活动", visitor = "phone-a", at = yesterdayNoon.AddMinutes(1) },
                new { target = "MENU", name = "优惠活动", visitor = "phone-b", at = yesterdayNoon.AddMinutes(2) },
                new { target = "HOTLINE", name = "95555", visitor = "phone-a", at = yesterdayNoon.AddMinutes(3) },
                new { target = "HOMEPAGE", name = "", visitor = "phone-c", at = yesterdayNoon.AddMinutes(4) },
                new { target = "MENU", name = "优惠活动", visitor = "phone-c", at = twoDaysAgoNoon },
            },
        };
        var posted = await phone.PostAsJsonAsync("/sn/events", events);
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);

        var report = (await story.AsTenant.QueryAsync($$"""
            { serviceNumberReport(serviceNumberId: "{{serviceNumberId}}", from: "{{twoDaysAgoNoon:O}}", to: "{{yesterdayNoon:O}}") {
                pv uv from to rows { day target name pv uv } } }
            """)).GetProperty("serviceNumberReport");
        Assert.Equal(6, report.GetProperty("pv").GetInt32());
        Assert.Equal(3, report.GetProperty("uv").GetInt32());
        var rows = report.GetProperty("rows").EnumerateArray()
            .Select(r => $"{r.GetProperty("day").GetDateTime():yyyy-MM-dd} {r.GetProperty("target").GetString()} {r.GetProperty("name").GetString()} {r.GetProperty("pv").GetInt32()}/{r.GetProperty("uv").GetInt32()}")
            .ToList();
        Assert.Equal(
            [
                $"{twoDaysAgoNoon:yyyy-MM-dd} MENU 优惠活动 1/1",
                $"{yesterdayNoon:yyyy-MM-dd} MENU 优惠活动 3/2",
                $"{yesterdayNoon:yyyy-MM-dd} HOMEPAGE  1/1",
                $"{yesterdayNoon:yyyy-MM-dd} HOTLINE 95555 1/1",
            ],
            rows);

        var byDay = (await story.AsTenant.QueryAsync($$"""
            { serviceNumberReport(serviceNumberId: "{{serviceNumberId}}", from: "{{twoDaysAgoNoon:O}}", to: "{{yesterdayNoon:O}}", groupBy: DAY) { rows { pv uv } } }
            """)).GetProperty("serviceNumberReport").GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("pv").GetInt32(), r.GetProperty("uv").GetInt32())).ToList();
        Assert.Equal([(1, 1), (5, 3)], byDay);
        var byTarget = (await story.AsTenant.QueryAsync($$"""
            { serviceNumberReport(serviceNumberId: "{{serviceNumberId}}", from: "{{twoDaysAgoNoon:O}}", to: "{{yesterdayNoon:O}}", groupBy: TARGET) { rows { day target name pv uv } } }
            """)).GetProperty("serviceNumberReport").GetProperty("rows");
        Assert.Equal(JsonValueKind.Null, byTarget[0].GetProperty("day").ValueKind);
        Assert.Equal((4, 3), (byTarget[0].GetProperty("pv").GetInt32(), byTarget[0].GetProperty("uv").GetInt32()));

        using var tenantHttp = Host.CreateClient(story.Tenant.Key);
        var csv = await tenantHttp.GetAsync($"/sn/reports/{serviceNumberId}.csv?from={twoDaysAgoNoon:yyyy-MM-dd}&to={yesterdayNoon:yyyy-MM-dd}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.Equal(
            "\uFEFFday,target,name,pv,uv\r\n"
            + $"{twoDaysAgoNoon:yyyy-MM-dd},MENU,优惠活动,1,1\r\n"
            + $"{yesterdayNoon:yyyy-MM-dd},MENU,优惠活动,3,2\r\n"
            + $"{yesterdayNoon:yyyy-MM-dd},HOMEPAGE,,1,1\r\n"
            + $"{yesterdayNoon:yyyy-MM-dd},HOTLINE,95555,1,1\r\n",
            text);
    }

    private static List<string?> Names(JsonElement items) => items.EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
}
