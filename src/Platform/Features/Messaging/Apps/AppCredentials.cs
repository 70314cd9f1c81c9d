using KooMessage.Platform.Domain;

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

    public static string NewKey() => SecretTokens.Generate(KeyPrefix, 22);

    public static string NewSecret() => SecretTokens.Generate(SecretPrefix, 43);

    public static string Hash(string secret) => SecretTokens.Hash(secret);

    /// <summary>What may be shown of a secret to tell it apart: its first characters.</summary>
    public static string Display(string secret) => secret[..Math.Min(DisplayLength, secret.Length)];
}
