using System.ComponentModel;

namespace KooMessage.Platform.Features.ServiceNumbers;

[Description("What a click event is about: MENU (a menu item, named), HOMEPAGE (the homepage), HOTLINE (a hotline, named by number), QUICK_APP (a quick app, named).")]
public enum ClickTarget
{
    [Description("A menu item was tapped; the name is the item's name.")]
    Menu,

    [Description("The homepage was opened; a name is optional.")]
    Homepage,

    [Description("A hotline was called; the name is the number.")]
    Hotline,

    [Description("A quick app was opened; the name is the quick app's name.")]
    QuickApp,
}
