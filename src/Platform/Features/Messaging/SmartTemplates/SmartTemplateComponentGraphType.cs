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
        Field("action", x => x.ButtonAction, nullable: true).Description("BUTTON: what tapping it does.");
        Field(x => x.Url).Description("BUTTON OPEN_URL: the https URL it opens; OPEN_QUICK_APP: the page opened where the quick app cannot be.");
        Field(x => x.PhoneNumber).Description("BUTTON CALL: the number dialled.");
        Field(x => x.Deeplink).Description("BUTTON OPEN_QUICK_APP: the quick app's hap://app/ deeplink.");
        Field<FileRefType>("image").Description("IMAGE: the picture.")
            .Resolve(c => c.Source.ImageFileId is { } id ? EntityLoaders.ById<StoredFile>(c).Load(id) : null);
    }
}
