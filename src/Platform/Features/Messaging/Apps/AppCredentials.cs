using System.Security.Cryptography;
using System.Text;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// An SMS app's AppKey and AppSecret (the console's 应用凭证) for the sending API: the key names the
/// app and may be shown any time; the secret is shown once, when issued, and only its SHA-256 is kept,
/// so a leaked database does not leak working secrets.
/// </summary>
public static class AppCredentials
{
    public const string KeyPrefix = "app_";
    public const string SecretPrefix = "aks_";
    public const int DisplayLength = 10;

    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string NewKey() => KeyPrefix + RandomNumberGenerator.GetString(Base62, 22);

    public static string NewSecret() => SecretPrefix + RandomNumberGenerator.GetString(Base62, 43);

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Whether <paramref name="secret"/> is the one <paramref name="hash"/> was made from, in time independent of where they differ.</summary>
    public static bool Verify(string secret, string hash)
        => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(hash));

    /// <summary>What may be shown of a secret to tell it apart: its first characters.</summary>
    public static string Display(string secret) => secret[..Math.Min(DisplayLength, secret.Length)];
}
