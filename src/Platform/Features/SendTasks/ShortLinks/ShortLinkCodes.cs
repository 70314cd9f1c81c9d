using System.Security.Cryptography;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>Random base62 codes. 8 characters (62⁸ ≈ 2·10¹⁴): collisions are rare, and the unique index catches the rest.</summary>
public static class ShortLinkCodes
{
    public const int Length = 8;
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string Next() => RandomNumberGenerator.GetString(Base62, Length);

    /// <summary>Codes are 6–8 base62 characters [DOMAIN]; anything else is not a link of ours.</summary>
    public static bool IsWellFormed(string? code)
        => code is { Length: >= 6 and <= Length } && code.All(c => char.IsAsciiLetterOrDigit(c));
}
