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
        Field<NonNullGraphType<SmartComponentTypeType>>("type").Description("What it shows.").Resolve(c => c.Source.Type);
        Field<StringGraphType>("text").Description("Title, text or button text; may use {{parameter}}.").Resolve(c => c.Source.Text);
        Field<StringGraphType>("url").Description("BUTTON: the https URL it opens.").Resolve(c => c.Source.Url);
        Field<FileRefType>("image").Description("IMAGE: the picture.")
            .Resolve(c => c.Source.ImageFileId is { } id ? EntityLoaders.ById<StoredFile>(c).Load(id) : null);
    }
}
