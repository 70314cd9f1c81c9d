using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Messaging;

namespace KooMessage.Platform.Tests.Messaging;

public sealed class TemplateRulesTests
{
    private static readonly TemplateVariable Order = new(1, TemplateVariableType.CharDigit, 20);
    private static readonly TemplateVariable Link = new(2, TemplateVariableType.ShortLink, 0);

    private static List<string> Errors(SmsType type, string content, IReadOnlyList<TemplateVariable> variables, bool smart = true)
    {
        try
        {
            new InputValidator().ValidateTemplate(type, content, variables, smart, 20000).ThrowIfInvalid();
            return [];
        }
        catch (DomainException ex)
        {
            return ex.Errors.Select(e => ((ValidationError)e).Field).ToList();
        }
    }

    [Fact]
    public void A_well_formed_smart_template_passes()
        => Assert.Empty(Errors(SmsType.Notification, "订单${1}已发货，详情 ${2}", [Order, Link]));

    [Fact]
    public void Adjacent_variables_are_refused() => Assert.Contains("content", Errors(SmsType.Notification, "订单${1}${2}", [Order, Link]));

    [Fact]
    public void All_variable_content_is_refused()
        => Assert.Contains("content", Errors(SmsType.Notification, "${1} ${2}", [Order, Link]));

    [Fact]
    public void Smart_templates_need_exactly_one_short_link()
    {
        Assert.Contains("variables", Errors(SmsType.Notification, "订单${1}已发货", [Order]));
        Assert.Empty(Errors(SmsType.Notification, "订单${1}已发货", [Order], smart: false));
        Assert.Contains("variables", Errors(SmsType.Notification, "详情${2}或${3}", [Link, Link with { Index = 3 }], smart: false));
    }

    [Fact]
    public void Promotions_end_with_the_opt_out()
    {
        Assert.Contains("content", Errors(SmsType.Promotion, "大促${1}开始 ${2}", [Order, Link]));
        Assert.Empty(Errors(SmsType.Promotion, "大促${1}开始 ${2} 拒收请回复R", [Order, Link]));
    }

    [Fact]
    public void Variables_and_placeholders_must_match()
    {
        Assert.Contains("variables", Errors(SmsType.Notification, "订单${1}已发货 ${2}，${3}", [Order, Link]));
        Assert.Contains("variables[2].index", Errors(SmsType.Notification, "订单${1}已发货 ${2}", [Order, Link, new(4, TemplateVariableType.Text, 5)]));
        Assert.Contains("variables[1].index", Errors(SmsType.Notification, "订单${1}已发货 ${2}", [Order, Order, Link]));
        Assert.Contains("content", Errors(SmsType.Notification, "订单${21}已发货 ${2}", [Link]));
        Assert.Contains("content", Errors(SmsType.Notification, "订单${x}已发货 ${2}", [Link]));
    }

    [Theory]
    [InlineData(TemplateVariableType.Phone, 16)]
    [InlineData(TemplateVariableType.Text, 21)]
    [InlineData(TemplateVariableType.Money, 0)]
    public void Max_lengths_follow_the_type(TemplateVariableType type, int maxLength)
        => Assert.Contains("variables[0].maxLength", Errors(SmsType.Notification, "值${1}，详情 ${2}", [new(1, type, maxLength), Link]));

    [Fact]
    public void Content_length_is_bounded() => Assert.Contains("content", Errors(SmsType.Notification, new string('a', 20001) + " ${2}", [Link]));

    [Theory]
    [InlineData(TemplateVariableType.CharDigit, "AB_12", true)]
    [InlineData(TemplateVariableType.CharDigit, "AB-12", false)]
    [InlineData(TemplateVariableType.Text, "张三", true)]
    [InlineData(TemplateVariableType.Text, "a.b", false)]
    [InlineData(TemplateVariableType.Text, "{x}", false)]
    [InlineData(TemplateVariableType.Money, "12.50", true)]
    [InlineData(TemplateVariableType.Money, "12.505", false)]
    [InlineData(TemplateVariableType.Phone, "400-800-1234", true)]
    public void Values_are_checked_against_their_variable(TemplateVariableType type, string value, bool accepted)
        => Assert.Equal(accepted, TemplateRules.Accepts(new TemplateVariable(1, type, 20), value));
}
