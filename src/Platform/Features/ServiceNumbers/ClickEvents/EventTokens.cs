using System.Security.Cryptography;
using System.Text;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// The per-service-number secrets the phone side sends with click events ("snt_" + 43 base62
/// characters ≈ 256 bits). Only the SHA-256 is stored; the secret is shown once. Pure.
/// </summary>
public static class EventTokens
{
    public const string Prefix = "snt_";
    public const string HeaderName = "X-Service-Number-Token";
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string Generate() => Prefix + RandomNumberGenerator.GetString(Base62, 43);

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The first characters, safe to show so people can tell which token is in use.</summary>
    public static string DisplayPrefix(string token) => token[..Math.Min(token.Length, Prefix.Length + 4)];
}
