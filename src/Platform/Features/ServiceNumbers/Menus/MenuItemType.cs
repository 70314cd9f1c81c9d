using GraphQL.Types;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class MenuItemType : ObjectGraphType<MenuItem>
{
    public MenuItemType()
    {
        Name = "MenuItem";
        Description = "An item of a service-number menu.";
        Field(x => x.Name).Description("Display name.");
        Field(x => x.Action).Description("What tapping it does.");
        Field(x => x.Url).Description("OPEN_URL: the https URL.");
        Field(x => x.OpenInExternalBrowser).Description("OPEN_URL: opens in the phone's browser.");
        Field(x => x.PageTitle).Description("OPEN_URL: the in-app page's title.");
        Field(x => x.PhoneNumber).Description("CALL: the number dialled.");
        Field(x => x.Deeplink).Description("OPEN_QUICK_APP: the hap://app/ deeplink.");
        Field(x => x.Children).Description("OPEN_SUBMENU: the submenu's items.");
    }
}
