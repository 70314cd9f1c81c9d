using GraphQL.Types;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class HotlineType : ObjectGraphType<Hotline>
{
    public HotlineType()
    {
        Name = "Hotline";
        Description = "A customer-service number on a homepage (服务热线).";
        Field<NonNullGraphType<StringGraphType>>("number").Description("The number.").Resolve(c => c.Source.Number);
        Field<NonNullGraphType<StringGraphType>>("usage").Description("What it is for.").Resolve(c => c.Source.Usage);
    }
}
