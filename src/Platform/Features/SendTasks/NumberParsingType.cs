using GraphQL.Types;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class NumberParsingType : ObjectGraphType<NumberParsing>
{
    public NumberParsingType()
    {
        Name = "NumberParsing";
        Description = "号码解析: numbers after de-duplication; total = invalid + resolvable + unresolvable.";
        Field<NonNullGraphType<IntGraphType>>("total").Description("Distinct numbers.").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<IntGraphType>>("invalid").Description("无效: not a valid number, or values that do not fit the template.").Resolve(c => c.Source.Invalid);
        Field<NonNullGraphType<IntGraphType>>("resolvable").Description("可解析: phones that render the card.").Resolve(c => c.Source.Resolvable);
        Field<NonNullGraphType<IntGraphType>>("unresolvable").Description("不可解析: valid numbers whose phones cannot render the card.").Resolve(c => c.Source.Unresolvable);
        Field<NonNullGraphType<IntGraphType>>("submitted").Description("What will be sent: resolvable, plus unresolvable when a fallback applies.").Resolve(c => c.Source.Submitted);
    }
}
