using GraphQL.Types;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class QuickAppType : ObjectGraphType<QuickApp>
{
    public QuickAppType()
    {
        Name = "QuickApp";
        Description = "A quick app (快应用) a homepage links to.";
        Field(x => x.Name).Description("Display name.");
        Field(x => x.Deeplink).Description("The hap://app/ deeplink.");
    }
}
