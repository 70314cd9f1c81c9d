using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.ServiceNumbers;

namespace KooMessage.Platform.Tests.ServiceNumbers;

public sealed class MenuRulesTests
{
    private static MenuItem Url(string name, string url = "https://example.cn/a", string? pageTitle = "页面") =>
        new(name, MenuAction.OpenUrl, url, false, pageTitle, null, null, []);

    private static MenuItem Call(string name, string phone = "95555") => new(name, MenuAction.Call, null, false, null, phone, null, []);

    private static MenuItem Submenu(string name, params MenuItem[] children) => new(name, MenuAction.OpenSubmenu, null, false, null, null, null, children);

    private static List<string> Fields(IReadOnlyList<MenuItem> items)
    {
        var v = new InputValidator().ValidateMenu(items);
        if (v.IsValid)
            return [];
        var ex = Assert.Throws<DomainException>(v.ThrowIfInvalid);
        return ex.Errors.Cast<ValidationError>().Select(e => e.Field).ToList();
    }

    [Theory]
    [InlineData("Menu", 4)]
    [InlineData("菜单", 4)]
    [InlineData("优惠A", 5)]
    [InlineData("ｆｕｌｌ", 8)]
    [InlineData("한국", 4)]
    [InlineData("𠀀", 2)]
    [InlineData("é☺", 2)]
    public void Display_units_count_cjk_and_full_width_as_two(string text, int units)
        => Assert.Equal(units, DisplayUnits.Count(text));

    [Fact]
    public void A_valid_two_level_menu_passes()
        => Assert.Empty(Fields([Url("优惠活动"), Submenu("服务", Call("热线"), new MenuItem("快应用", MenuAction.OpenQuickApp, null, false, null, null, "hap://app/cn.x", []))]));

    [Fact]
    public void An_empty_menu_is_allowed()
        => Assert.Empty(Fields([]));

    [Theory]
    [InlineData(1, 24)]
    [InlineData(2, 12)]
    [InlineData(3, 8)]
    public void Top_level_names_are_limited_by_the_number_of_top_level_items(int count, int units)
    {
        var atLimit = Enumerable.Range(0, count).Select(i => Call(new string((char)('a' + i), units))).ToList();
        Assert.Empty(Fields(atLimit));
        var chinese = Enumerable.Range(0, count).Select(i => Call(new string((char)('一' + i), units / 2))).ToList();
        Assert.Empty(Fields(chinese));

        var over = atLimit.Select((item, i) => i == count - 1 ? item with { Name = item.Name + "x" } : item).ToList();
        Assert.Equal([$"items[{count - 1}].name"], Fields(over));
        var overChinese = chinese.Select((item, i) => i == 0 ? item with { Name = item.Name + "字" } : item).ToList();
        Assert.Equal(["items[0].name"], Fields(overChinese));
    }

    [Fact]
    public void Children_names_have_at_most_sixteen_units()
    {
        Assert.Empty(Fields([Submenu("服务", Call("一二三四五六七八"))]));
        Assert.Equal(["items[0].children[0].name"], Fields([Submenu("服务", Call("一二三四五六七八九"))]));
    }

    [Fact]
    public void Four_top_level_items_are_refused()
        => Assert.Contains("items", Fields([Call("a"), Call("b"), Call("c"), Call("d")]));

    [Fact]
    public void A_submenu_has_one_to_five_children()
    {
        Assert.Equal(["items[0].children"], Fields([Submenu("空")]));
        Assert.Empty(Fields([Submenu("五个", Call("1"), Call("2"), Call("3"), Call("4"), Call("5"))]));
        Assert.Equal(["items[0].children"], Fields([Submenu("六个", Call("1"), Call("2"), Call("3"), Call("4"), Call("5"), Call("6"))]));
    }

    [Fact]
    public void A_child_under_an_open_url_item_is_refused()
        => Assert.Equal(["items[0].children"], Fields([Url("链接") with { Children = [Call("子项")] }]));

    [Fact]
    public void Menus_have_two_levels_only()
        => Assert.Contains("items[0].children[0].action", Fields([Submenu("服务", Submenu("更多", Call("热线")))]));

    [Theory]
    [InlineData("http://example.cn/a")]
    [InlineData("ftp://example.cn/a")]
    [InlineData("example.cn/a")]
    [InlineData("https:///nohost")]
    [InlineData("https://example.cn/a b")]
    public void Urls_must_be_absolute_https(string url)
        => Assert.Equal(["items[0].url"], Fields([Url("链接", url)]));

    [Fact]
    public void Urls_are_at_most_a_thousand_characters()
    {
        var prefix = "https://example.cn/";
        Assert.Empty(Fields([Url("链接", prefix + new string('a', 1000 - prefix.Length))]));
        Assert.Equal(["items[0].url"], Fields([Url("链接", prefix + new string('a', 1001 - prefix.Length))]));
    }

    [Fact]
    public void An_in_app_page_needs_a_title_of_at_most_twenty_characters()
    {
        Assert.Equal(["items[0].pageTitle"], Fields([Url("链接", pageTitle: null)]));
        Assert.Equal(["items[0].pageTitle"], Fields([Url("链接", pageTitle: new string('标', 21))]));
        Assert.Empty(Fields([Url("链接", pageTitle: null) with { OpenInExternalBrowser = true }]));
    }

    [Fact]
    public void Each_action_carries_only_its_own_fields()
    {
        Assert.Equal(["items[0].url"], Fields([Call("热线") with { Url = "https://example.cn" }]));
        Assert.Equal(["items[0].phoneNumber"], Fields([Url("链接") with { PhoneNumber = "95555" }]));
        Assert.Equal(["items[0].deeplink"], Fields([Call("热线") with { Deeplink = "hap://app/x" }]));
        Assert.Equal(["items[0].openInExternalBrowser"], Fields([Call("热线") with { OpenInExternalBrowser = true }]));
    }

    [Theory]
    [InlineData("95555", true)]
    [InlineData("400-8008888", true)]
    [InlineData("010-1234-5678", false)]
    [InlineData("-95555", false)]
    [InlineData("+8695555", false)]
    [InlineData("123456789012345678901", false)]
    public void Call_numbers_are_digits_with_one_optional_dash(string number, bool valid)
        => Assert.Equal(valid, Fields([Call("热线", number)]).Count == 0);

    [Theory]
    [InlineData("hap://app/cn.example.bank", true)]
    [InlineData("hap://app/cn.example.bank/page?x=1", true)]
    [InlineData("hap://app/", false)]
    [InlineData("https://app/cn.example", false)]
    [InlineData("hap://game/cn.example", false)]
    public void Quick_app_deeplinks_start_with_hap_app(string deeplink, bool valid)
        => Assert.Equal(valid, Fields([new MenuItem("快应用", MenuAction.OpenQuickApp, null, false, null, null, deeplink, [])]).Count == 0);

    [Fact]
    public void Names_are_unique_across_the_whole_menu()
    {
        Assert.Equal(["items[1].name"], Fields([Call("客服"), Call("客服")]));
        Assert.Equal(["items[1].children[0].name"], Fields([Call("客服"), Submenu("服务", Call("客服"))]));
    }

    [Fact]
    public void Names_are_required_and_carry_no_markup()
    {
        Assert.Equal(["items[0].name"], Fields([Call("")]));
        Assert.Equal(["items[0].name"], Fields([Call("<b>")]));
    }
}
