using System.Text;
using System.Text.RegularExpressions;

namespace KooMessage.Platform.Validation;

/// <summary>
/// Mobile number normalisation (DOMAIN.md "Validation algorithms"): trim, full-width to ASCII,
/// drop spaces, '-', '(' and ')', strip +86 / 0086 / 86 when 11 digits remain; valid iff
/// ^1[3-9]\d{9}$; stored as +86…. Other countries only when enabled (E.164).
/// </summary>
public static partial class MobileNumbers
{
    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex ChineseMobile();

    [GeneratedRegex(@"^\+[1-9]\d{1,14}$")]
    private static partial Regex E164();

    /// <returns>The E.164 form, or null when the input is not a valid mobile number.</returns>
    public static string? Normalize(string? raw, bool allowInternational = false)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return null;
        var text = Clean(raw);
        foreach (var prefix in (string[])["+86", "0086", "86"])
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal) && text.Length - prefix.Length == 11)
            {
                text = text[prefix.Length..];
                break;
            }
        }
        if (ChineseMobile().IsMatch(text))
            return "+86" + text;
        return allowInternational && E164().IsMatch(text) ? text : null;
    }

    private static string Clean(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw.Trim())
        {
            // Full-width forms (U+FF01–U+FF5E) map onto ASCII by a fixed offset; the ideographic space is a space.
            var ascii = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : c;
            if (ascii is ' ' or '-' or '(' or ')' or '\t')
                continue;
            builder.Append(ascii);
        }
        return builder.ToString();
    }
}
