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
        Field<NonNullGraphType<StringGraphType>>("name").Description("服务号名称 of the latest revision.").Resolve(c => c.Source.Profile.Name);
        Field<NonNullGraphType<StringGraphType>>("remark").Description("备注名 of the latest revision.").Resolve(c => c.Source.Profile.Remark);
        Field<NonNullGraphType<ServiceNumberIndustryType>>("industry").Description("所属行业 of the latest revision.").Resolve(c => c.Source.Profile.Industry);
        Field<NonNullGraphType<StringGraphType>>("intro").Description("简介 of the latest revision.").Resolve(c => c.Source.Profile.Intro);
        Field<FileRefType>("logo").Description("Logo of the latest revision.")
            .Resolve(c => EntityLoaders.ById<StoredFile>(c).Load(c.Source.Profile.LogoFileId));
        Field<NonNullGraphType<BooleanGraphType>>("signatureAuthorization").Description("签名授权 of the latest revision.")
            .Resolve(c => c.Source.Profile.SignatureAuthorization);
        Field<FileRefType>("authorizationLetter").Description("授权书 of the latest revision.")
            .Resolve(c => EntityLoaders.ById<StoredFile>(c).Load(c.Source.Profile.AuthorizationLetterFileId));
        Field<ServiceNumberProfileType>("liveProfile").Description("The approved revision phones show, in force while a newer one is in review; null before the first approval.")
            .Resolve(c => c.Source.LiveProfile);
        Field<NonNullGraphType<ServiceNumberStatusType>>("status").Description("Whether phones show it.").Resolve(c => c.Source.Status);
        Field<DateTimeGraphType>("firstApprovedAt").Description("When it was first approved; the activation delay counts from here.")
            .Resolve(c => c.Source.FirstApprovedAt);
        Field<DateTimeGraphType>("effectiveAt").Description("When it last became EFFECTIVE.").Resolve(c => c.Source.EffectiveAt);
        Field<StringGraphType>("frozenReason").Description("Why the tenant froze it, while FROZEN.").Resolve(c => c.Source.FrozenReason);
        Field<DateTimeGraphType>("frozenAt").Description("When it was frozen, while FROZEN.").Resolve(c => c.Source.FrozenAt);
        Field<NonNullGraphType<BooleanGraphType>>("unfreezeRequested").Description("Whether the revision in review asks to lift the freeze.")
            .Resolve(c => c.Source.UnfreezeRequested);
        Field<NonNullGraphType<StringGraphType>>("eventTokenPrefix").Description("The first characters of the click-event token in use.")
            .Resolve(c => c.Source.EventTokenPrefix);
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
