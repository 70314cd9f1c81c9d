using GraphQL.Types;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class MenuActionType : EnumerationGraphType<MenuAction>
{
    public MenuActionType()
    {
        Name = nameof(MenuAction);
        Description = "What tapping a menu item does: OPEN_SUBMENU (top-level items, with 1–5 children), OPEN_URL (url, https), "
            + "CALL (phoneNumber), OPEN_QUICK_APP (deeplink, hap://app/...).";
    }
}
