using System.Text.RegularExpressions;

namespace KooMessage.Platform.Domain;

/// <summary>
/// Mobile number normalisation (DOMAIN.md "Validation algorithms"): trim, full-width to ASCII,
/// drop spaces, '-', '(' and ')', strip +86 / 0086 / 86 when 11 digits remain; valid iff
/// ^1[3-9]\d{9}$; stored as +86…. Other countries only when enabled (E.164). Span-based and
/// allocation-light: number files run it a million times.
/// </summary>
public static partial class MobileNumbers
{
    private const int MaxCleanLength = 32;

    [GeneratedRegex(@"^\+[1-9]\d{1,14}$")]
    private static partial Regex E164();

    /// <returns>The E.164 form, or null when the input is not a valid mobile number.</returns>
    public static string? Normalize(string? raw, bool allowInternational = false)
    {
        if (raw is null)
            return null;
        if (TryParseChinese(raw, out var national))
            return "+86" + national.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!allowInternational)
            return null;
        Span<char> buffer = stackalloc char[MaxCleanLength];
        var clean = Clean(raw, buffer);
        return clean.Length > 0 && E164().IsMatch(clean) ? clean.ToString() : null;
    }

    /// <summary>Parses a mainland mobile number into its 11-digit national number (as a long, for cheap de-duplication).</summary>
    public static bool TryParseChinese(ReadOnlySpan<char> raw, out long nationalNumber)
    {
        nationalNumber = 0;
        Span<char> buffer = stackalloc char[MaxCleanLength];
        var text = Clean(raw, buffer);
        if (text.Length == 14 && text.StartsWith("+86"))
            text = text[3..];
        else if (text.Length == 15 && text.StartsWith("0086"))
            text = text[4..];
        else if (text.Length == 13 && text.StartsWith("86"))
            text = text[2..];
        if (text.Length != 11 || text[0] != '1' || text[1] is < '3' or > '9')
            return false;
        long value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
                return false;
            value = value * 10 + (c - '0');
        }
        nationalNumber = value;
        return true;
    }

    /// <summary>Trims, maps full-width forms (U+FF01–U+FF5E, ideographic space) to ASCII and drops separators; empty when too long.</summary>
    private static ReadOnlySpan<char> Clean(ReadOnlySpan<char> raw, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in raw.Trim())
        {
            var ascii = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : c;
            if (ascii is ' ' or '-' or '(' or ')' or '\t')
                continue;
            if (length == buffer.Length)
                return [];
            buffer[length++] = ascii;
        }
        return buffer[..length];
    }
}
