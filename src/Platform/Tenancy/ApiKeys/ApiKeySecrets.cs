using System.Security.Cryptography;
using System.Text;

namespace KooMessage.Platform.Tenancy.ApiKeys;

/// <summary>Generates and hashes API key secrets ("km_" + 43 base62 characters ≈ 256 bits).</summary>
public static class ApiKeySecrets
{
    public const string Prefix = "km_";
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string Generate() => Prefix + RandomNumberGenerator.GetString(Base62, 43);

    /// <summary>True for strings shaped like our secrets; tells API keys apart from JWTs in a bearer header.</summary>
    public static bool LooksLikeApiKey(string? value) => value is not null && value.StartsWith(Prefix, StringComparison.Ordinal);

    public static string Hash(string secret)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string DisplayPrefix(string secret) => secret.Length <= 9 ? secret : secret[..9];
}
