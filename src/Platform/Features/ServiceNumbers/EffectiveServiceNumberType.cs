using GraphQL.Types;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class EffectiveServiceNumberType : ObjectGraphType<EffectiveServiceNumber>
{
    public EffectiveServiceNumberType()
    {
        Name = "EffectiveServiceNumber";
        Description = "What a phone shows above a message: the service number's live profile, menu and homepage, and the binding that decided it.";
        Field<NonNullGraphType<ServiceNumberType>>("serviceNumber").Description("The service number shown.").Resolve(c => c.Source.ServiceNumber);
        Field<NonNullGraphType<ServiceNumberProfileType>>("profile").Description("Its approved profile (name, logo, intro).")
            .Resolve(c => c.Source.ServiceNumber.LiveProfile);
        Field<ServiceNumberMenuType>("menu").Description("Its live menu, if one is approved.")
            .Resolve(c => ServiceNumberLoaders.LiveMenu(c).Load(c.Source.ServiceNumber.Id));
        Field<ServiceNumberHomepageType>("homepage").Description("Its live homepage, if one is approved.")
            .Resolve(c => ServiceNumberLoaders.LiveHomepage(c).Load(c.Source.ServiceNumber.Id));
        Field<NonNullGraphType<ChannelNumberType>>("channelNumber").Description("The channel number the sender matched.")
            .Resolve(c => c.Source.ChannelNumber);
        Field<NonNullGraphType<ChannelNumberBindingType>>("binding").Description("The binding that applied.").Resolve(c => c.Source.Binding);
        Field<NonNullGraphType<BooleanGraphType>>("bySignatureAuthorization")
            .Description("True when the binding is on another channel number with the same signature and the service number has signature authorisation on.")
            .Resolve(c => c.Source.BySignatureAuthorization);
    }
}
