using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class RecipientType : NodeObjectType<Recipient>
{
    public RecipientType() : base("Recipient", "One number of a send task and what happened to it.")
    {
        Field(x => x.Phone).Description("E.164 when valid; the raw text when invalid.");
        Field(x => x.Capability).Description("Card capability.");
        Field(x => x.Channel).Description("How it is reached.");
        Field(x => x.State).Description("Delivery state.");
        Field(x => x.MessageId).Description("The gateway message id (stable across retries).");
        Field(x => x.Variables).Description("Values of the template's variables.");
        Field(x => x.Parameters).Description("The card's values, in the order of the card's parameters.");
        Field(x => x.CustomUrl).Description("Recipient-specific link target (files only).");
        Field(x => x.ShortLinkCode).Description("The personalised short link's code.");
        Field(x => x.SubmittedAt).Description("When the gateway accepted it.");
        Field(x => x.DeliveredAt).Description("When it was reported delivered.");
        Field(x => x.ErrorCode).Description("Why it is invalid, failed or expired.");
        Field<NonNullGraphType<IntGraphType>>("clickCount").Description("Clicks on the recipient's short link (0 without one).")
            .Resolve(c => ShortLinkClickLoaders.Of(c) is { } link ? link.Then(l => l.Count) : 0);
        Field<IsoDateTimeGraphType>("firstClickedAt").Description("When the short link was first opened; null until then.")
            .Resolve(c => ShortLinkClickLoaders.Of(c)?.Then(l => l.FirstAt));
        this.AddClicks("The visits of the recipient's short link, oldest first by default.", c =>
        {
            var db = c.Db();
            var code = c.Source.ShortLinkCode;
            return db.Set<ShortLinkClick>().Where(k => code != null && db.Set<ShortLink>().Any(l => l.Id == k.LinkId && l.Code == code));
        });
    }
}
