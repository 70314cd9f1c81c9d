using System.Security.Cryptography;
using System.Text;

namespace KooMessage.Platform.Domain;

/// <summary>
/// The secrets the platform hands out (API keys, app secrets): a prefix that says what a secret is,
/// random base62 characters, and the SHA-256 that is all the database keeps of it.
/// </summary>
public static class SecretTokens
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary><paramref name="prefix"/> and <paramref name="length"/> random base62 characters (43 ≈ 256 bits).</summary>
    public static string Generate(string prefix, int length) => prefix + RandomNumberGenerator.GetString(Base62, length);

    /// <summary>Lower-case hex SHA-256 of the secret's UTF-8 bytes.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
