using GraphQL.Types;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class MenuItemType : ObjectGraphType<MenuItem>
{
    public MenuItemType()
    {
        Name = "MenuItem";
        Description = "An item of a service-number menu.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<MenuActionType>>("action").Description("What tapping it does.").Resolve(c => c.Source.Action);
        Field<StringGraphType>("url").Description("OPEN_URL: the https URL.").Resolve(c => c.Source.Url);
        Field<NonNullGraphType<BooleanGraphType>>("openInExternalBrowser").Description("OPEN_URL: opens in the phone's browser.")
            .Resolve(c => c.Source.OpenInExternalBrowser);
        Field<StringGraphType>("pageTitle").Description("OPEN_URL: the in-app page's title.").Resolve(c => c.Source.PageTitle);
        Field<StringGraphType>("phoneNumber").Description("CALL: the number dialled.").Resolve(c => c.Source.PhoneNumber);
        Field<StringGraphType>("deeplink").Description("OPEN_QUICK_APP: the hap://app/ deeplink.").Resolve(c => c.Source.Deeplink);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MenuItemType>>>>("children").Description("OPEN_SUBMENU: the submenu's items.")
            .Resolve(c => c.Source.Children);
    }
}
