using GraphQL.Types;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberType : ReviewableObjectType<ServiceNumber>
{
    public ServiceNumberType() : base("ServiceNumber",
        "A service number (智能信息服务号): the brand, menu and homepage phones show with the tenant's messages; reviewed by the platform.")
    {
        Field("name", x => x.Profile.Name).Description("服务号名称 of the latest revision.");
        Field("remark", x => x.Profile.Remark).Description("备注名 of the latest revision.");
        Field("industry", x => x.Profile.Industry).Description("所属行业 of the latest revision.");
        Field("intro", x => x.Profile.Intro).Description("简介 of the latest revision.");
        Field<FileRefType>("logo").Description("Logo of the latest revision.")
            .Resolve(c => EntityLoaders.ById<StoredFile>(c).Load(c.Source.Profile.LogoFileId));
        Field("signatureAuthorization", x => x.Profile.SignatureAuthorization).Description("签名授权 of the latest revision.");
        Field<FileRefType>("authorizationLetter").Description("授权书 of the latest revision.")
            .Resolve(c => EntityLoaders.ById<StoredFile>(c).Load(c.Source.Profile.AuthorizationLetterFileId));
        Field(x => x.LiveProfile).Description("The approved revision phones show, in force while a newer one is in review; null before the first approval.");
        Field(x => x.Status).Description("Whether phones show it.");
        Field(x => x.FirstApprovedAt).Description("When it was first approved; the activation delay counts from here.");
        Field(x => x.EffectiveAt).Description("When it last became EFFECTIVE.");
        Field(x => x.FrozenReason).Description("Why the tenant froze it, while FROZEN.");
        Field(x => x.FrozenAt).Description("When it was frozen, while FROZEN.");
        Field(x => x.UnfreezeRequested).Description("Whether the revision in review asks to lift the freeze.");
        Field(x => x.EventTokenPrefix).Description("The first characters of the click-event token in use.");
        Field<ServiceNumberMenuType>("menu").Description("The live menu: the newest approved revision; null before one is approved.")
            .Resolve(c => ServiceNumberLoaders.LiveMenu(c).Load(c.Source.Id));
        Field<ServiceNumberMenuType>("pendingMenu").Description("The newest menu revision while it is not live: PENDING review, or REJECTED (see rejectionReason).")
            .Resolve(c => ServiceNumberLoaders.PendingMenu(c).Load(c.Source.Id));
        Field<ServiceNumberHomepageType>("homepage").Description("The live homepage: the newest approved revision; null before one is approved.")
            .Resolve(c => ServiceNumberLoaders.LiveHomepage(c).Load(c.Source.Id));
        Field<ServiceNumberHomepageType>("pendingHomepage").Description("The newest homepage revision while it is not live: PENDING review, or REJECTED.")
            .Resolve(c => ServiceNumberLoaders.PendingHomepage(c).Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChannelNumberBindingType>>>>("bindings")
            .Description("The channel numbers bound to it, per region, oldest first.")
            .Resolve(c => ServiceNumberLoaders.BindingsOfServiceNumber(c).Load(c.Source.Id));
    }
}
