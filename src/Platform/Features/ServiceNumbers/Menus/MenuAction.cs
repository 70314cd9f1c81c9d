using System.ComponentModel;

namespace KooMessage.Platform.Features.ServiceNumbers;

[Description("What tapping a menu item does: OPEN_SUBMENU (top-level items, with 1–5 children), OPEN_URL (url, https), CALL (phoneNumber), OPEN_QUICK_APP (deeplink, hap://app/...).")]
public enum MenuAction
{
    [Description("Opens the item's children (top-level items only).")]
    OpenSubmenu,

    [Description("Opens an https url, in the phone's browser or an in-app page with a title.")]
    OpenUrl,

    [Description("Dials phoneNumber.")]
    Call,

    [Description("Opens a quick app through a hap://app/ deeplink.")]
    OpenQuickApp,
}
