using System.Text.RegularExpressions;

namespace KooMessage.Platform.Domain;

/// <summary>
/// Mainland fixed-line numbers (固定电话) as the console accepts them for an enterprise's contact:
/// area code and local number, e.g. <c>010-12345678</c>, <c>(0755) 8765 4321</c>. Area codes are 010 and
/// 020–029 (three digits) or 0 followed by 3–9 and two more digits; local numbers have 7 or 8 digits and
/// never start with 0. Stored as <c>area-local</c>. Pure, unit-tested alone.
/// </summary>
public static partial class LandlineNumbers
{
    /// <summary>Input longer than this is not a phone number: refused before any pattern runs.</summary>
    private const int MaxInputLength = 32;

    [GeneratedRegex(@"^(?<area>010|02\d|0[3-9]\d{2})(?<local>[1-9]\d{6,7})$")]
    private static partial Regex AreaAndLocal();

    /// <returns><c>area-local</c>, or null when the input is not a mainland landline number.</returns>
    public static string? Normalize(string? raw)
    {
        if (raw is null || raw.Length > MaxInputLength)
            return null;
        var digits = new System.Text.StringBuilder(raw.Length);
        foreach (var c in raw.Trim())
        {
            if (c is >= '0' and <= '9')
                digits.Append(c);
            else if (c is >= '０' and <= '９')
                digits.Append((char)(c - '０' + '0'));
            else if (c is not (' ' or '-' or '(' or ')' or '（' or '）'))
                return null;
        }
        var match = AreaAndLocal().Match(digits.ToString());
        return match.Success ? $"{match.Groups["area"].Value}-{match.Groups["local"].Value}" : null;
    }
}
