using GraphQL.Types;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class NumberParsingType : ObjectGraphType<NumberParsing>
{
    public NumberParsingType()
    {
        Name = "NumberParsing";
        Description = "号码解析: numbers after de-duplication; total = invalid + resolvable + unresolvable.";
        Field(x => x.Total).Description("Distinct numbers.");
        Field(x => x.Invalid).Description("无效: not a valid number, or values that do not fit the template.");
        Field(x => x.Resolvable).Description("可解析: phones that render the card.");
        Field(x => x.Unresolvable).Description("不可解析: valid numbers whose phones cannot render the card.");
        Field(x => x.Submitted).Description("What will be sent: resolvable, plus unresolvable when a fallback applies. A video task sends every valid number (all resolvable).");
        Field(x => x.PlainSms).Description("Unresolvable numbers sent the PLAIN_SMS fallback (降级为普通短信: text with the link).");
        Field(x => x.BasicEdition).Description("Unresolvable numbers sent the BASIC_EDITION fallback (发送智能信息基础版: text only, no link).");
    }
}
