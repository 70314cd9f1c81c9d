using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// The rules of a service-number homepage (DOMAIN.md "Homepage"): intro 1–75, at most 5 hotlines
/// (digits with one optional dash, ≤20; usage 1–30), at most 10 quick apps (name ≤15, a
/// <c>hap://app/</c> deeplink). Numbers and quick-app names are unique so click reports can tell
/// them apart. The 16:9 background is checked from the image itself, see <see cref="ServiceNumberImages"/>. Pure.
/// </summary>
public static class HomepageRules
{
    public const int IntroMax = 75;
    public const int MaxHotlines = 5;
    public const int UsageMax = 30;
    public const int MaxQuickApps = 10;
    public const int QuickAppNameMax = 15;

    public static InputValidator ValidateHomepage(this InputValidator v, string intro, IReadOnlyList<Hotline> hotlines, IReadOnlyList<QuickApp> quickApps)
    {
        v.Length("intro", intro, 1, IntroMax).NoMarkup("intro", intro);

        if (hotlines.Count > MaxHotlines)
            v.Fail("hotlines", $"A homepage has at most {MaxHotlines} hotlines (got {hotlines.Count}).");
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < hotlines.Count; i++)
        {
            v.PhoneNumber($"hotlines[{i}].number", hotlines[i].Number);
            v.Length($"hotlines[{i}].usage", hotlines[i].Usage, 1, UsageMax).NoMarkup($"hotlines[{i}].usage", hotlines[i].Usage);
            if (!numbers.Add(hotlines[i].Number))
                v.Fail($"hotlines[{i}].number", $"Hotline numbers must be unique; '{hotlines[i].Number}' is listed more than once.");
        }

        if (quickApps.Count > MaxQuickApps)
            v.Fail("quickApps", $"A homepage has at most {MaxQuickApps} quick apps (got {quickApps.Count}).");
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < quickApps.Count; i++)
        {
            v.Length($"quickApps[{i}].name", quickApps[i].Name, 1, QuickAppNameMax).NoMarkup($"quickApps[{i}].name", quickApps[i].Name);
            v.QuickAppDeeplink($"quickApps[{i}].deeplink", quickApps[i].Deeplink);
            if (!names.Add(quickApps[i].Name))
                v.Fail($"quickApps[{i}].name", $"Quick-app names must be unique; '{quickApps[i].Name}' is listed more than once.");
        }
        return v;
    }
}
