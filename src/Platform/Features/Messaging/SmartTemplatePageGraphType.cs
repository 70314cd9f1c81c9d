using GraphQL.Types;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmartTemplatePageGraphType : ObjectGraphType<SmartTemplatePage>
{
    public SmartTemplatePageGraphType()
    {
        Name = "SmartTemplatePage";
        Description = "One page of a card.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SmartTemplateComponentGraphType>>>>("components").Description("Its components, top to bottom.")
            .Resolve(c => c.Source.Components);
    }
}
