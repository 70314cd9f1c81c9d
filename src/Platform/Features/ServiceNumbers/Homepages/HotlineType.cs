using GraphQL.Types;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class HotlineType : ObjectGraphType<Hotline>
{
    public HotlineType()
    {
        Name = "Hotline";
        Description = "A customer-service number on a homepage (服务热线).";
        Field(x => x.Number).Description("The number.");
        Field(x => x.Usage).Description("What it is for.");
    }
}
