using System.Text.RegularExpressions;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>What menus and homepages link to: https pages, phone numbers, quick-app deeplinks. Pure.</summary>
public static partial class LinkRules
{
    public const int UrlMax = 1000;
    public const int PhoneNumberMax = 20;
    public const int DeeplinkMax = 1000;
    public const string QuickAppPrefix = "hap://app/";

    /// <summary>Digits with at most one inner dash (area code and number), as hotlines are written [huawei].</summary>
    [GeneratedRegex("^[0-9]+-?[0-9]+$", RegexOptions.CultureInvariant)]
    public static partial Regex PhoneNumberPattern();

    public static InputValidator HttpsUrl(this InputValidator v, string field, string? url)
    {
        if (string.IsNullOrEmpty(url))
            return v.Fail(field, $"{field} is required.");
        if (url.Length > UrlMax)
            return v.Fail(field, $"{field} must be at most {UrlMax} characters (got {url.Length}).");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.Host.Length == 0 || url.Any(char.IsWhiteSpace))
            return v.Fail(field, $"{field} must be an absolute https:// URL.");
        return v;
    }

    public static InputValidator PhoneNumber(this InputValidator v, string field, string? number)
    {
        if (string.IsNullOrEmpty(number))
            return v.Fail(field, $"{field} is required.");
        if (number.Length > PhoneNumberMax || !PhoneNumberPattern().IsMatch(number))
            return v.Fail(field, $"{field} must be digits with at most one inner '-', up to {PhoneNumberMax} characters.");
        return v;
    }

    public static InputValidator QuickAppDeeplink(this InputValidator v, string field, string? deeplink)
    {
        if (string.IsNullOrEmpty(deeplink))
            return v.Fail(field, $"{field} is required.");
        if (deeplink.Length > DeeplinkMax)
            return v.Fail(field, $"{field} must be at most {DeeplinkMax} characters (got {deeplink.Length}).");
        if (!deeplink.StartsWith(QuickAppPrefix, StringComparison.Ordinal) || deeplink.Length == QuickAppPrefix.Length || deeplink.Any(char.IsWhiteSpace))
            return v.Fail(field, $"{field} must be a quick-app deeplink: {QuickAppPrefix}<package>[/path].");
        return v;
    }
}
