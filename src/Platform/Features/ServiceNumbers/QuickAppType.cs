using GraphQL.Types;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class QuickAppType : ObjectGraphType<QuickApp>
{
    public QuickAppType()
    {
        Name = "QuickApp";
        Description = "A quick app (快应用) a homepage links to.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("deeplink").Description("The hap://app/ deeplink.").Resolve(c => c.Source.Deeplink);
    }
}
