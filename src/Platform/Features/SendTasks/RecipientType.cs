using GraphQL.Types;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class RecipientType : NodeObjectType<Recipient>
{
    public RecipientType() : base("Recipient", "One number of a send task and what happened to it.")
    {
        Field<NonNullGraphType<StringGraphType>>("phone").Description("E.164 when valid; the raw text when invalid.").Resolve(c => c.Source.Phone);
        Field<NonNullGraphType<RecipientCapabilityType>>("capability").Description("Card capability.").Resolve(c => c.Source.Capability);
        Field<NonNullGraphType<RecipientChannelType>>("channel").Description("How it is reached.").Resolve(c => c.Source.Channel);
        Field<NonNullGraphType<RecipientStateType>>("state").Description("Delivery state.").Resolve(c => c.Source.State);
        Field<NonNullGraphType<StringGraphType>>("messageId").Description("The gateway message id (stable across retries).").Resolve(c => c.Source.MessageId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("variables").Description("Values of the template's variables.").Resolve(c => c.Source.Variables);
        Field<StringGraphType>("customUrl").Description("Recipient-specific link target (files only).").Resolve(c => c.Source.CustomUrl);
        Field<StringGraphType>("shortLinkCode").Description("The personalised short link's code.").Resolve(c => c.Source.ShortLinkCode);
        Field<DateTimeGraphType>("submittedAt").Description("When the gateway accepted it.").Resolve(c => c.Source.SubmittedAt);
        Field<DateTimeGraphType>("deliveredAt").Description("When it was reported delivered.").Resolve(c => c.Source.DeliveredAt);
        Field<StringGraphType>("errorCode").Description("Why it is invalid, failed or expired.").Resolve(c => c.Source.ErrorCode);
    }
}
