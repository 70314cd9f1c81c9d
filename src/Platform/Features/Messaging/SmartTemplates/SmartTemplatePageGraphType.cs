using GraphQL.Types;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmartTemplatePageGraphType : ObjectGraphType<SmartTemplatePage>
{
    public SmartTemplatePageGraphType()
    {
        Name = "SmartTemplatePage";
        Description = "One page of a card.";
        Field(x => x.Components).Description("Its components, top to bottom.");
    }
}
