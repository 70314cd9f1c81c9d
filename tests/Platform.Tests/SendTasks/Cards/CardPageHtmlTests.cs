using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Tests.SendTasks.Cards;

/// <summary>The card page's HTML: values filled into their components, every one encoded, no script anywhere.</summary>
public sealed class CardPageHtmlTests
{
    [Fact]
    public void Values_are_filled_and_encoded_in_text_and_attributes()
    {
        var card = new FilledCard("卡片", [new FilledCardPage([
            new FilledCardComponent("1-1", SmartComponentType.Title, "<script>alert(1)</script>", null, null, null, null, null, null, null),
            new FilledCardComponent("1-2", SmartComponentType.Button, "\"><img onerror=x>", null, CardButtonAction.OpenUrl, "https://a.example.cn", null, null, "/s/abcdefgh/b/1-2\"onclick=\"x", null),
        ])], new Dictionary<string, string>());

        var html = CardPageHtml.Render(card);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"onclick", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("卡片", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_fill_texts_and_unknown_or_missing_values_are_empty()
    {
        List<SmartTemplateParameter> parameters = [new("name", null), new("amount", null)];
        Assert.Equal("张三 欠 元", SmartTemplateRules.Fill("{{name}} 欠 {{ amount }}元", parameters, ["张三"]));
        Assert.False(SmartTemplateRules.AcceptsValue(parameters[0], new string('x', 101)));
        Assert.False(SmartTemplateRules.AcceptsValue(parameters[0], "a\u2066b"));
        Assert.False(SmartTemplateRules.AcceptsValue(parameters[0], "a\nb"));
        Assert.True(SmartTemplateRules.AcceptsValue(parameters[0], "<script>\"'&"));
    }
}
