using GraphQL.Types;

namespace KooMessage.Platform.Features.ServiceNumbers;

public abstract class ServiceNumberProfileInputType<TInput> : InputObjectGraphType<TInput>
    where TInput : ServiceNumberProfileInput
{
    protected void AddProfileFields()
    {
        Field(x => x.Name).Description("服务号名称, 1–15 characters, unique on the platform.");
        Field(x => x.Remark).Description("备注名, 1–15 characters.");
        Field(x => x.Industry).Description("所属行业.");
        Field(x => x.Intro).Description("简介, 1–75 characters.");
        Field(x => x.LogoFileId, type: typeof(NonNullGraphType<IdGraphType>)).Description("An uploaded IMAGE file (png/jpg), square.");
        Field(x => x.SignatureAuthorization).Description("签名授权: on, every channel number with a bound channel number's signature shows it; off, only bound channel numbers do.");
        Field(x => x.AuthorizationLetterFileId, type: typeof(NonNullGraphType<IdGraphType>))
            .Description("授权书: an uploaded AUTHORIZATION_IMAGE or IMAGE file (jpg/png/bmp).");
    }
}

public sealed class CreateServiceNumberInputType : ServiceNumberProfileInputType<CreateServiceNumberInput>
{
    public CreateServiceNumberInputType()
    {
        Name = "CreateServiceNumberInput";
        AddProfileFields();
    }
}

public sealed class UpdateServiceNumberInputType : ServiceNumberProfileInputType<UpdateServiceNumberInput>
{
    public UpdateServiceNumberInputType()
    {
        Name = "UpdateServiceNumberInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The service number.");
        AddProfileFields();
    }
}

public sealed class FreezeServiceNumberInputType : InputObjectGraphType<FreezeServiceNumberInput>
{
    public FreezeServiceNumberInputType()
    {
        Name = "FreezeServiceNumberInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The service number.");
        Field(x => x.Reason).Description("Why, 1–200 characters.");
    }
}

public sealed class UnfreezeServiceNumberInputType : InputObjectGraphType<UnfreezeServiceNumberInput>
{
    public UnfreezeServiceNumberInputType()
    {
        Name = "UnfreezeServiceNumberInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The frozen service number.");
    }
}

public sealed class RotateServiceNumberEventTokenInputType : InputObjectGraphType<RotateServiceNumberEventTokenInput>
{
    public RotateServiceNumberEventTokenInputType()
    {
        Name = "RotateServiceNumberEventTokenInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The service number.");
    }
}

public sealed class MenuItemInputType : InputObjectGraphType<MenuItemInput>
{
    public MenuItemInputType()
    {
        Name = "MenuItemInput";
        Field(x => x.Name).Description("Display name: top-level ≤8/12/24 display units for 3/2/1 items, children ≤16 (a CJK character counts 2); unique in the menu.");
        Field(x => x.Action).Description("What tapping it does.");
        Field(x => x.Url, nullable: true).Description("OPEN_URL: an https URL, at most 1000 characters.");
        Field(x => x.OpenInExternalBrowser, type: typeof(BooleanGraphType)).DefaultValue(false)
            .Description("OPEN_URL: open in the phone's browser instead of an in-app page.");
        Field(x => x.PageTitle, nullable: true).Description("OPEN_URL: the in-app page's title, 1–20 characters (required unless openInExternalBrowser).");
        Field(x => x.PhoneNumber, nullable: true).Description("CALL: digits with at most one inner '-', up to 20 characters.");
        Field(x => x.Deeplink, nullable: true).Description("OPEN_QUICK_APP: hap://app/<package>[/path].");
        Field(x => x.Children, type: typeof(ListGraphType<NonNullGraphType<MenuItemInputType>>))
            .Description("OPEN_SUBMENU (top level only): 1–5 items without children.");
    }
}

public sealed class SaveServiceNumberMenuInputType : InputObjectGraphType<SaveServiceNumberMenuInput>
{
    public SaveServiceNumberMenuInputType()
    {
        Name = "SaveServiceNumberMenuInput";
        Field(x => x.ServiceNumberId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The service number.");
        Field(x => x.Items, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<MenuItemInputType>>>))
            .Description("The whole menu: 0–3 top-level items.");
    }
}

public sealed class HotlineInputType : InputObjectGraphType<HotlineInput>
{
    public HotlineInputType()
    {
        Name = "HotlineInput";
        Field(x => x.Number).Description("Digits with at most one inner '-', up to 20 characters; unique on the homepage.");
        Field(x => x.Usage).Description("What it is for, 1–30 characters.");
    }
}

public sealed class QuickAppInputType : InputObjectGraphType<QuickAppInput>
{
    public QuickAppInputType()
    {
        Name = "QuickAppInput";
        Field(x => x.Name).Description("1–15 characters; unique on the homepage.");
        Field(x => x.Deeplink).Description("hap://app/<package>[/path].");
    }
}

public sealed class SaveServiceNumberHomepageInputType : InputObjectGraphType<SaveServiceNumberHomepageInput>
{
    public SaveServiceNumberHomepageInputType()
    {
        Name = "SaveServiceNumberHomepageInput";
        Field(x => x.ServiceNumberId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The service number.");
        Field(x => x.BackgroundImageId, type: typeof(NonNullGraphType<IdGraphType>)).Description("An uploaded IMAGE file (png/jpg), 16:9.");
        Field(x => x.Intro).Description("1–75 characters.");
        Field(x => x.Hotlines, type: typeof(ListGraphType<NonNullGraphType<HotlineInputType>>)).Description("At most 5 hotlines (服务热线).");
        Field(x => x.QuickApps, type: typeof(ListGraphType<NonNullGraphType<QuickAppInputType>>)).Description("At most 10 quick apps (快应用).");
    }
}

public abstract class ChannelNumberFieldsInputType<TInput> : InputObjectGraphType<TInput>
    where TInput : ChannelNumberFieldsInput
{
    protected void AddChannelNumberFields()
    {
        Field(x => x.Type).Description("How it matches senders.");
        Field(x => x.Number).Description("Digits (spaces and dashes are dropped): 3–21, a SUFFIX exactly 5.");
        Field(x => x.Signatures, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>))
            .Description("1–5 signatures (签名) of 2–18 characters; surrounding 【】 are dropped.");
        Field(x => x.ProofImageIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>))
            .Description("At most 5 uploaded authorisation proof images (jpg/png/bmp).");
    }
}

public sealed class CreateChannelNumberInputType : ChannelNumberFieldsInputType<CreateChannelNumberInput>
{
    public CreateChannelNumberInputType()
    {
        Name = "CreateChannelNumberInput";
        AddChannelNumberFields();
    }
}

public sealed class UpdateChannelNumberInputType : ChannelNumberFieldsInputType<UpdateChannelNumberInput>
{
    public UpdateChannelNumberInputType()
    {
        Name = "UpdateChannelNumberInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("A channel number that is not approved (DRAFT or REJECTED).");
        AddChannelNumberFields();
    }
}

public sealed class BindChannelNumberInputType : InputObjectGraphType<BindChannelNumberInput>
{
    public BindChannelNumberInputType()
    {
        Name = "BindChannelNumberInput";
        Field(x => x.ServiceNumberId, type: typeof(NonNullGraphType<IdGraphType>)).Description("An approved service number.");
        Field(x => x.ChannelNumberId, type: typeof(NonNullGraphType<IdGraphType>)).Description("An approved channel number of the tenant.");
        Field(x => x.Region).Description("NATIONWIDE or one province; must not overlap the channel number's other bindings.");
    }
}

public sealed class UnbindChannelNumberInputType : InputObjectGraphType<UnbindChannelNumberInput>
{
    public UnbindChannelNumberInputType()
    {
        Name = "UnbindChannelNumberInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The binding.");
    }
}
