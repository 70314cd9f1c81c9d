using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// The rules of a two-level service-number menu (DOMAIN.md "Menu"): at most 3 top-level items of at
/// most 5 children each; names unique across the menu and limited in display units — 8, 12 or 24
/// for 3, 2 or 1 top-level items, 16 for children; each action with exactly its own fields. Pure.
/// </summary>
public static class MenuRules
{
    public const int MaxTopItems = 3;
    public const int MaxChildren = 5;
    public const int ChildNameUnits = 16;
    public const int PageTitleMax = 20;

    /// <summary>Fewer top-level items leave each more room on the phone's menu bar.</summary>
    public static int TopNameUnits(int topItems) => topItems switch
    {
        <= 1 => 24,
        2 => 12,
        _ => 8,
    };

    public static InputValidator ValidateMenu(this InputValidator v, IReadOnlyList<MenuItem> items)
    {
        if (items.Count > MaxTopItems)
            v.Fail("items", $"A menu has at most {MaxTopItems} top-level items (got {items.Count}).");
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
            ValidateItem(v, $"items[{i}]", items[i], TopNameUnits(items.Count), topLevel: true, names);
        return v;
    }

    private static void ValidateItem(InputValidator v, string path, MenuItem item, int maxUnits, bool topLevel, HashSet<string> names)
    {
        var nameField = $"{path}.name";
        if (string.IsNullOrWhiteSpace(item.Name))
        {
            v.Fail(nameField, $"{nameField} is required.");
        }
        else
        {
            v.NoMarkup(nameField, item.Name);
            var units = DisplayUnits.Count(item.Name);
            if (units > maxUnits)
                v.Fail(nameField, topLevel
                    ? $"{nameField} is {units} display units; with this many top-level items a name has at most {maxUnits} (a CJK character counts 2)."
                    : $"{nameField} is {units} display units; a submenu item's name has at most {maxUnits} (a CJK character counts 2).");
            if (!names.Add(item.Name))
                v.Fail(nameField, $"Menu item names must be unique; '{item.Name}' is used more than once.");
        }

        var action = EnumNames.Of(item.Action);
        if (item.Action != MenuAction.OpenUrl)
        {
            Forbid(v, $"{path}.url", item.Url is not null, action);
            Forbid(v, $"{path}.pageTitle", item.PageTitle is not null, action);
            Forbid(v, $"{path}.openInExternalBrowser", item.OpenInExternalBrowser, action);
        }
        if (item.Action != MenuAction.Call)
            Forbid(v, $"{path}.phoneNumber", item.PhoneNumber is not null, action);
        if (item.Action != MenuAction.OpenQuickApp)
            Forbid(v, $"{path}.deeplink", item.Deeplink is not null, action);

        switch (item.Action)
        {
            case MenuAction.OpenSubmenu when !topLevel:
                v.Fail($"{path}.action", "Only top-level items open a submenu: a menu has two levels.");
                break;
            case MenuAction.OpenSubmenu when item.Children.Count is 0 or > MaxChildren:
                v.Fail($"{path}.children", $"An OPEN_SUBMENU item has 1–{MaxChildren} children (got {item.Children.Count}).");
                break;
            case MenuAction.OpenUrl:
                v.HttpsUrl($"{path}.url", item.Url);
                if (item.PageTitle is not null || !item.OpenInExternalBrowser)
                    v.Length($"{path}.pageTitle", item.PageTitle, 1, PageTitleMax);
                break;
            case MenuAction.Call:
                v.PhoneNumber($"{path}.phoneNumber", item.PhoneNumber);
                break;
            case MenuAction.OpenQuickApp:
                v.QuickAppDeeplink($"{path}.deeplink", item.Deeplink);
                break;
        }

        if (item.Action != MenuAction.OpenSubmenu && item.Children.Count > 0)
            v.Fail($"{path}.children", $"Only OPEN_SUBMENU items have children; this one is {action}.");
        if (topLevel && item.Action == MenuAction.OpenSubmenu)
        {
            for (var j = 0; j < item.Children.Count; j++)
                ValidateItem(v, $"{path}.children[{j}]", item.Children[j], ChildNameUnits, topLevel: false, names);
        }
    }

    private static void Forbid(InputValidator v, string field, bool present, string action)
    {
        if (present)
            v.Fail(field, $"{field} does not apply to a {action} item.");
    }
}
