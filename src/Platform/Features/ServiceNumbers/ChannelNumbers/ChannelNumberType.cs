using GraphQL.Types;
using KooMessage.Platform.Files;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ChannelNumberType : ReviewableObjectType<ChannelNumber>
{
    public ChannelNumberType() : base("ChannelNumber", "A channel number (通道号) the tenant sends from, with its signatures; reviewed by the platform.")
    {
        Field(x => x.Type).Description("How it matches senders.");
        Field(x => x.Number).Description("The digits.");
        Field(x => x.Signatures).Description("The signatures (签名) it carries.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FileRefType>>>>("proofImages").Description("Authorisation proof images.")
            .Resolve(c => ServiceNumberLoaders.Files(c, c.Source.ProofFileIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChannelNumberBindingType>>>>("bindings")
            .Description("The service numbers bound to it, per region, oldest first.")
            .Resolve(c => ServiceNumberLoaders.BindingsOfChannelNumber(c).Load(c.Source.Id));
    }
}
