namespace KooMessage.Platform.Features.SendTasks;

/// <summary>A coarse browser family from a User-Agent, for click reports (no fingerprinting detail is kept).</summary>
public static class UserAgentFamilies
{
    private static readonly (string Token, string Family)[] Families =
    [
        ("MicroMessenger", "WeChat"),
        ("HuaweiBrowser", "Huawei Browser"),
        ("HarmonyOS", "HarmonyOS"),
        ("MiuiBrowser", "MIUI Browser"),
        ("UCBrowser", "UC Browser"),
        ("QQBrowser", "QQ Browser"),
        ("Edg/", "Edge"),
        ("Firefox/", "Firefox"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
        ("curl/", "curl"),
    ];

    public static string Of(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
            return "Unknown";
        foreach (var (token, family) in Families)
        {
            if (userAgent.Contains(token, StringComparison.OrdinalIgnoreCase))
                return family;
        }
        return "Other";
    }
}
