namespace KooMessage.Platform.Domain;

/// <summary>
/// Chinese enterprise identifiers. The unified social credit code (统一社会信用代码, GB 32100-2015)
/// and, for non-profits without one, the organisation code (组织机构代码, GB 11714-1997).
/// </summary>
public static class CreditCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Upper-cases and drops spaces and dashes, the way people type codes.</summary>
    public static string Normalize(string? code)
        => new string((code ?? string.Empty).Where(c => c is not (' ' or '-' or '\u3000')).ToArray()).ToUpperInvariant();

    /// <summary>18 characters from the code alphabet, digits where the standard wants digits, and a matching check character.</summary>
    public static bool IsValidUnifiedSocialCreditCode(string? code)
    {
        var c = Normalize(code);
        if (c.Length != 18)
            return false;
        var sum = 0;
        for (var i = 0; i < 18; i++)
        {
            var index = Alphabet.IndexOf(c[i], StringComparison.Ordinal);
            if (index < 0 || (i is >= 2 and <= 7 && !char.IsAsciiDigit(c[i])))
                return false;
            if (i < 17)
                sum += index * Weights[i];
        }
        return c[17] == Alphabet[(31 - sum % 31) % 31];
    }

    /// <summary>8 digits or capital letters, then the check character (0-9 or X): C9 = 11 − Σ(value·weight) mod 11.</summary>
    public static bool IsValidOrganizationCode(string? code)
    {
        var c = Normalize(code);
        if (c.Length != 9)
            return false;
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var ch = c[i];
            int value;
            if (char.IsAsciiDigit(ch))
                value = ch - '0';
            else if (char.IsAsciiLetterUpper(ch))
                value = ch - 'A' + 10;
            else
                return false;
            sum += value * OrganizationWeights[i];
        }
        var check = 11 - sum % 11;
        var expected = check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
        return c[8] == expected;
    }
}
