using GraphQL.Types;
using KooMessage.Platform.GraphQL;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class ShortLinkClickType : ObjectGraphType<ShortLinkClick>
{
    public ShortLinkClickType()
    {
        Name = "ShortLinkClick";
        Description = "One visit of a recipient's short link (短链点击). The visitor's address is never stored, only a keyed hash, and is not shown.";
        Field<NonNullGraphType<IsoDateTimeGraphType>>("at").Description("When the link was opened.").Resolve(c => c.Source.CreatedAt);
        Field(x => x.UserAgentFamily).Description("The browser or app family of the visitor (e.g. WeChat, Chrome; Other, Unknown).");
        Field(x => x.First).Description("The link's first click (a unique visitor, UV); false for a repeat (PV only).");
        Field(x => x.ButtonId, nullable: true).Description("The card page's button that was clicked (a card component id); null when the link itself was opened.");
        Field<RecipientType>("recipient").Description("The recipient whose link it was.").Resolve(c => ShortLinkClickLoaders.Recipient(c, c.Source.LinkId));
    }
}
