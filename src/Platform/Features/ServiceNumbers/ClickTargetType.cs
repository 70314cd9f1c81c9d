using GraphQL.Types;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ClickTargetType : EnumerationGraphType<ClickTarget>
{
    public ClickTargetType()
    {
        Name = nameof(ClickTarget);
        Description = "What a click event is about: MENU (a menu item, named), HOMEPAGE (the homepage), HOTLINE (a hotline, named by number), "
            + "QUICK_APP (a quick app, named).";
    }
}
