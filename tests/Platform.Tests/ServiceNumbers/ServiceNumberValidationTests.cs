using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;
using static KooMessage.Platform.Tests.Infrastructure.ServiceNumberScenario;

namespace KooMessage.Platform.Tests.ServiceNumbers;

/// <summary>Every rule of service numbers, menus and homepages broken over GraphQL: a typed error naming the field, and nothing stored.</summary>
public sealed class ServiceNumberValidationTests(ServiceNumberFixture fixture) : IClassFixture<ServiceNumberFixture>
{
    private PlatformHost Host => fixture.Host;

    private static async Task<int> CountAsync(ServiceNumberScenario story)
        => (await story.AsTenant.QueryAsync("{ serviceNumbers { totalCount } }")).GetProperty("serviceNumbers").GetProperty("totalCount").GetInt32();

    [Fact]
    public async Task Profile_rules_are_enforced_and_nothing_is_stored()
    {
        var story = await StartAsync(Host, "sn-rules");
        await story.ApprovedFilingAsync();
        var logo = await story.UploadLogoAsync();
        var letter = await story.UploadLetterAsync();

        var lengths = await story.TryCreateServiceNumberAsync(
            ProfileFields(new string('名', 16), logo, letter, intro: new string('介', 76)).Replace("remark: \"主服务号\"", "remark: \"\""));
        Assert.Equal(["name", "remark", "intro"], lengths.ErrorFields());
        Assert.All(lengths.ErrorTypes(), type => Assert.Equal("ValidationError", type));

        var markup = await story.TryCreateServiceNumberAsync(ProfileFields("<b>银行</b>", logo, letter));
        Assert.Equal(["name"], markup.ErrorFields());

        var wide = await story.AsTenant.UploadIdAsync(TestImages.Png(300, 200), "wide-logo.png", "IMAGE");
        var notSquare = await story.TryCreateServiceNumberAsync(ProfileFields(UniqueName(), wide, letter));
        Assert.Equal(("ValidationError", "logoFileId"), (notSquare.ErrorType(), notSquare.ErrorField()));

        var pdf = await story.AsTenant.UploadIdAsync(TestFiles.Pdf(), "logo.pdf", "LETTER");
        var pdfLogo = await story.TryCreateServiceNumberAsync(ProfileFields(UniqueName(), pdf, letter));
        Assert.Equal(("ValidationError", "logoFileId"), (pdfLogo.ErrorType(), pdfLogo.ErrorField()));
        var pdfLetter = await story.TryCreateServiceNumberAsync(ProfileFields(UniqueName(), logo, pdf));
        Assert.Equal(("ValidationError", "authorizationLetterFileId"), (pdfLetter.ErrorType(), pdfLetter.ErrorField()));

        var unreadable = await story.AsTenant.UploadIdAsync(TestImages.Png(0, 0), "broken.png", "IMAGE");
        var broken = await story.TryCreateServiceNumberAsync(ProfileFields(UniqueName(), unreadable, letter));
        Assert.Equal(("ValidationError", "logoFileId"), (broken.ErrorType(), broken.ErrorField()));

        var missing = await story.TryCreateServiceNumberAsync(ProfileFields(UniqueName(), "RmlsZVJlZjowMTkwMDAwMDAwMDA3MDAwODAwMDAwMDAwMDAwMDAwMA", letter));
        Assert.Equal(("NotFoundError", "logoFileId"), (missing.ErrorType(), missing.ErrorField()));

        Assert.Equal(0, await CountAsync(story));
    }

    [Fact]
    public async Task A_name_taken_on_the_platform_is_refused_without_saying_by_whom()
    {
        var first = await StartAsync(Host, "sn-name-a");
        await first.ApprovedFilingAsync();
        var name = UniqueName("唯一");
        await first.CreateServiceNumberAsync(name);

        var second = await StartAsync(Host, "sn-name-b");
        await second.ApprovedFilingAsync();
        var taken = await second.TryCreateServiceNumberAsync(ProfileFields($" {name} ", await second.UploadLogoAsync(), await second.UploadLetterAsync()));
        Assert.Equal(("ConflictError", "name"), (taken.ErrorType(), taken.ErrorField()));
        var message = taken.ErrorMessage();
        Assert.DoesNotContain(first.Tenant.Slug, message);
        Assert.Equal(0, await CountAsync(second));

        // Renaming onto a taken name is refused too; keeping one's own name is fine.
        var (own, _) = await second.CreateServiceNumberAsync();
        await second.ApproveAsync(own);
        var rename = await second.AsTenant.TryMutateAsync("updateServiceNumber",
            $$"""{ id: "{{own}}", {{ProfileFields(name, await second.UploadLogoAsync(), await second.UploadLetterAsync())}} }""", ServiceNumberSelection, SaveErrors);
        Assert.Equal(("ConflictError", "name"), (rename.ErrorType(), rename.ErrorField()));
        var unchanged = await second.AsTenant.QueryAsync($$"""{ node(id: "{{own}}") { ... on ServiceNumber { reviewStatus reviewHistory { to } } } }""");
        Assert.Equal("APPROVED", unchanged.GetProperty("node").GetProperty("reviewStatus").GetString());
        Assert.Equal(2, unchanged.GetProperty("node").GetProperty("reviewHistory").GetArrayLength());
    }

    [Fact]
    public async Task Menu_rules_are_enforced_and_nothing_is_stored()
    {
        var story = await StartAsync(Host, "sn-menu-rules");
        await story.ApprovedFilingAsync();
        var (id, _) = await story.ApprovedServiceNumberAsync();

        async Task Refused(string items, params string[] fields)
        {
            var payload = await story.TrySaveMenuAsync(id, items);
            Assert.Equal("ValidationError", payload.ErrorType());
            Assert.Equal(fields, payload.ErrorFields());
        }

        await Refused("""[{ name: "一", action: CALL, phoneNumber: "95551" }, { name: "二", action: CALL, phoneNumber: "95552" }, { name: "三", action: CALL, phoneNumber: "95553" }, { name: "四", action: CALL, phoneNumber: "95554" }]""", "items");
        await Refused("""[{ name: "链接", action: OPEN_URL, url: "https://example.cn", pageTitle: "页", children: [{ name: "子项", action: CALL, phoneNumber: "95555" }] }]""", "items[0].children");
        await Refused("""[{ name: "链接", action: OPEN_URL, url: "http://example.cn", pageTitle: "页" }]""", "items[0].url");
        await Refused("""[{ name: "一二三四五", action: CALL, phoneNumber: "95551" }, { name: "b", action: CALL, phoneNumber: "95552" }, { name: "c", action: CALL, phoneNumber: "95553" }]""", "items[0].name");
        await Refused("""[{ name: "服务", action: OPEN_SUBMENU, children: [{ name: "一二三四五六七八九", action: CALL, phoneNumber: "95551" }] }]""", "items[0].children[0].name");
        await Refused("""[{ name: "服务", action: OPEN_SUBMENU, children: [{ name: "a", action: CALL, phoneNumber: "95551" }, { name: "b", action: CALL, phoneNumber: "95552" }, { name: "c", action: CALL, phoneNumber: "95553" }, { name: "d", action: CALL, phoneNumber: "95554" }, { name: "e", action: CALL, phoneNumber: "95555" }, { name: "f", action: CALL, phoneNumber: "95556" }] }]""", "items[0].children");
        await Refused("""[{ name: "服务", action: OPEN_SUBMENU, children: [{ name: "更多", action: OPEN_SUBMENU, children: [{ name: "x", action: CALL, phoneNumber: "95551" }] }] }]""", "items[0].children[0].action");
        await Refused("""[{ name: "客服", action: CALL, phoneNumber: "95555" }, { name: "客服", action: CALL, phoneNumber: "95556" }]""", "items[1].name");
        await Refused("""[{ name: "客服", action: CALL, phoneNumber: "95555", url: "https://example.cn" }]""", "items[0].url");
        await Refused("""[{ name: "客服", action: CALL, phoneNumber: "95-55-5" }]""", "items[0].phoneNumber");
        await Refused("""[{ name: "应用", action: OPEN_QUICK_APP, deeplink: "https://example.cn" }]""", "items[0].deeplink");
        await Refused("""[{ name: "链接", action: OPEN_URL, url: "https://example.cn" }]""", "items[0].pageTitle");

        var unknown = await story.TrySaveMenuAsync("U2VydmljZU51bWJlcjowMTkwMDAwMDAwMDA3MDAwODAwMDAwMDAwMDAwMDAwMA", "[]");
        Assert.Equal(("NotFoundError", "serviceNumberId"), (unknown.ErrorType(), unknown.ErrorField()));

        var after = await story.AsTenant.QueryAsync($$"""{ node(id: "{{id}}") { ... on ServiceNumber { menu { id } pendingMenu { id } } } }""");
        Assert.Equal(JsonValueKind.Null, after.GetProperty("node").GetProperty("menu").ValueKind);
        Assert.Equal(JsonValueKind.Null, after.GetProperty("node").GetProperty("pendingMenu").ValueKind);
    }

    [Fact]
    public async Task Homepage_rules_are_enforced_and_nothing_is_stored()
    {
        var story = await StartAsync(Host, "sn-home-rules");
        await story.ApprovedFilingAsync();
        var (id, _) = await story.ApprovedServiceNumberAsync();
        var background = await story.UploadBackgroundAsync();

        var sixHotlines = "[" + string.Join(", ", Enumerable.Range(1, 6).Select(i => $$"""{ number: "9555{{i}}", usage: "客服" }""")) + "]";
        var tooMany = await story.TrySaveHomepageAsync(id, background, hotlines: sixHotlines);
        Assert.Equal(("ValidationError", "hotlines"), (tooMany.ErrorType(), tooMany.ErrorField()));

        var elevenApps = "[" + string.Join(", ", Enumerable.Range(1, 11).Select(i => $$"""{ name: "应用{{i}}", deeplink: "hap://app/cn.x{{i}}" }""")) + "]";
        Assert.Equal(["quickApps"], (await story.TrySaveHomepageAsync(id, background, quickApps: elevenApps)).ErrorFields());
        Assert.Equal(["hotlines[0].number"], (await story.TrySaveHomepageAsync(id, background, hotlines: """[{ number: "95555a", usage: "客服" }]""")).ErrorFields());
        Assert.Equal(["hotlines[0].usage"], (await story.TrySaveHomepageAsync(id, background, hotlines: $$"""[{ number: "95555", usage: "{{new string('用', 31)}}" }]""")).ErrorFields());
        Assert.Equal(["quickApps[0].deeplink"], (await story.TrySaveHomepageAsync(id, background, quickApps: """[{ name: "银行", deeplink: "hap://game/x" }]""")).ErrorFields());
        Assert.Equal(["quickApps[0].name"], (await story.TrySaveHomepageAsync(id, background, quickApps: $$"""[{ name: "{{new string('名', 16)}}", deeplink: "hap://app/x" }]""")).ErrorFields());
        Assert.Equal(["intro"], (await story.TrySaveHomepageAsync(id, background, intro: new string('介', 76))).ErrorFields());

        var square = await story.UploadLogoAsync();
        var notWide = await story.TrySaveHomepageAsync(id, square);
        Assert.Equal(("ValidationError", "backgroundImageId"), (notWide.ErrorType(), notWide.ErrorField()));

        var after = await story.AsTenant.QueryAsync($$"""{ node(id: "{{id}}") { ... on ServiceNumber { homepage { id } pendingHomepage { id } } } }""");
        Assert.Equal(JsonValueKind.Null, after.GetProperty("node").GetProperty("homepage").ValueKind);
        Assert.Equal(JsonValueKind.Null, after.GetProperty("node").GetProperty("pendingHomepage").ValueKind);
    }
}
