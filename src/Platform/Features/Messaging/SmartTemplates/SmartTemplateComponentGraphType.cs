using GraphQL.Types;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL.DataLoaders;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmartTemplateComponentGraphType : ObjectGraphType<SmartTemplateComponent>
{
    public SmartTemplateComponentGraphType()
    {
        Name = "SmartTemplateComponent";
        Description = "One component of a card page.";
        Field(x => x.Type).Description("What it shows.");
        Field(x => x.Text).Description("Title, text or button text; may use {{parameter}}.");
        Field(x => x.Url).Description("BUTTON: the https URL it opens.");
        Field<FileRefType>("image").Description("IMAGE: the picture.")
            .Resolve(c => c.Source.ImageFileId is { } id ? EntityLoaders.ById<StoredFile>(c).Load(id) : null);
    }
}
