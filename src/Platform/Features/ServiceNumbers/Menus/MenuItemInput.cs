using System.ComponentModel;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed record MenuItemInput
{
    [Description("Display name: top-level ≤8/12/24 display units for 3/2/1 items, children ≤16 (a CJK character counts 2); unique in the menu.")] public required string Name { get; init; }

    [Description("What tapping it does.")] public required MenuAction Action { get; init; }

    [Description("OPEN_URL: an https URL, at most 1000 characters.")] public string? Url { get; init; }

    [DefaultValue(false), Description("OPEN_URL: open in the phone's browser instead of an in-app page.")] public bool? OpenInExternalBrowser { get; init; }

    [Description("OPEN_URL: the in-app page's title, 1–20 characters (required unless openInExternalBrowser).")] public string? PageTitle { get; init; }

    [Description("CALL: digits with at most one inner '-', up to 20 characters.")] public string? PhoneNumber { get; init; }

    [Description("OPEN_QUICK_APP: hap://app/<package>[/path].")] public string? Deeplink { get; init; }

    [Description("OPEN_SUBMENU (top level only): 1–5 items without children.")] public List<MenuItemInput>? Children { get; init; }
}
