using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.ServiceNumbers;

namespace KooMessage.Platform.Tests.ServiceNumbers;

public sealed class HomepageRulesTests
{
    private static List<string> Fields(string intro, IReadOnlyList<Hotline>? hotlines = null, IReadOnlyList<QuickApp>? quickApps = null)
    {
        var v = new InputValidator().ValidateHomepage(intro, hotlines ?? [], quickApps ?? []);
        return v.IsValid ? [] : Assert.Throws<DomainException>(v.ThrowIfInvalid).Errors.Cast<ValidationError>().Select(e => e.Field).ToList();
    }

    private static List<Hotline> Hotlines(int count) => Enumerable.Range(0, count).Select(i => new Hotline($"9555{i}", "客服")).ToList();

    private static List<QuickApp> QuickApps(int count) => Enumerable.Range(0, count).Select(i => new QuickApp($"应用{i}", $"hap://app/cn.x{i}")).ToList();

    [Fact]
    public void A_complete_homepage_passes()
        => Assert.Empty(Fields("欢迎", Hotlines(5), QuickApps(10)));

    [Fact]
    public void The_intro_has_one_to_seventy_five_characters()
    {
        Assert.Equal(["intro"], Fields(""));
        Assert.Empty(Fields(new string('介', 75)));
        Assert.Equal(["intro"], Fields(new string('介', 76)));
    }

    [Fact]
    public void A_sixth_hotline_is_refused()
        => Assert.Equal(["hotlines"], Fields("欢迎", Hotlines(6)));

    [Fact]
    public void Hotlines_follow_the_pattern_and_have_a_usage()
    {
        Assert.Equal(["hotlines[0].number"], Fields("欢迎", [new Hotline("95-55-5", "客服")]));
        Assert.Equal(["hotlines[0].number"], Fields("欢迎", [new Hotline(new string('9', 21), "客服")]));
        Assert.Equal(["hotlines[0].usage"], Fields("欢迎", [new Hotline("95555", "")]));
        Assert.Equal(["hotlines[0].usage"], Fields("欢迎", [new Hotline("95555", new string('用', 31))]));
        Assert.Equal(["hotlines[1].number"], Fields("欢迎", [new Hotline("95555", "客服"), new Hotline("95555", "投诉")]));
    }

    [Fact]
    public void An_eleventh_quick_app_is_refused()
        => Assert.Equal(["quickApps"], Fields("欢迎", quickApps: QuickApps(11)));

    [Fact]
    public void Quick_apps_have_a_short_name_and_a_hap_deeplink()
    {
        Assert.Equal(["quickApps[0].name"], Fields("欢迎", quickApps: [new QuickApp(new string('名', 16), "hap://app/cn.x")]));
        Assert.Equal(["quickApps[0].deeplink"], Fields("欢迎", quickApps: [new QuickApp("银行", "https://example.cn")]));
        Assert.Equal(["quickApps[1].name"], Fields("欢迎", quickApps: [new QuickApp("银行", "hap://app/a"), new QuickApp("银行", "hap://app/b")]));
    }

    [Theory]
    [InlineData(1920, 1080, true)]
    [InlineData(1280, 720, true)]
    [InlineData(1366, 768, true)]
    [InlineData(1920, 1200, false)]
    [InlineData(1080, 1920, false)]
    public void Backgrounds_are_sixteen_by_nine(int width, int height, bool widescreen)
        => Assert.Equal(widescreen, ImageShape.IsWidescreen(width, height));

    [Fact]
    public void Logos_are_square()
    {
        Assert.True(ImageShape.IsSquare(512, 512));
        Assert.False(ImageShape.IsSquare(512, 511));
    }
}
