using GraphQL.Types;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmartTemplateRevisionGraphType : ObjectGraphType<SmartTemplateRevision>
{
    public SmartTemplateRevisionGraphType()
    {
        Name = "SmartTemplateRevision";
        Description = "The changed content of an approved card, under review; it replaces the card's content when approved.";
        Field(x => x.Name).Description("Up to 17 characters.");
        Field(x => x.Pages).Description("1–10 pages.");
        Field(x => x.Parameters).Description("Up to 20 parameters.");
    }
}
