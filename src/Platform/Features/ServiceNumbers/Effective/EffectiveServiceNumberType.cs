using GraphQL.Types;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class EffectiveServiceNumberType : ObjectGraphType<EffectiveServiceNumber>
{
    public EffectiveServiceNumberType()
    {
        Name = "EffectiveServiceNumber";
        Description = "What a phone shows above a message: the service number's live profile, menu and homepage, and the binding that decided it.";
        Field(x => x.ServiceNumber).Description("The service number shown.");
        // Only an approved service number is effective, so its live profile is never null here.
        Field("profile", x => x.ServiceNumber.LiveProfile, nullable: false).Description("Its approved profile (name, logo, intro).");
        Field<ServiceNumberMenuType>("menu").Description("Its live menu, if one is approved.")
            .Resolve(c => ServiceNumberLoaders.LiveMenu(c).Load(c.Source.ServiceNumber.Id));
        Field<ServiceNumberHomepageType>("homepage").Description("Its live homepage, if one is approved.")
            .Resolve(c => ServiceNumberLoaders.LiveHomepage(c).Load(c.Source.ServiceNumber.Id));
        Field(x => x.ChannelNumber).Description("The channel number the sender matched.");
        Field(x => x.Binding).Description("The binding that applied.");
        Field(x => x.BySignatureAuthorization).Description("True when the binding is on another channel number with the same signature and the service number has signature authorisation on.");
    }
}
