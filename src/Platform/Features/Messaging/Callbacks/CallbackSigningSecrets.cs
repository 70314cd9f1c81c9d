using KooMessage.Platform.Domain;
using Microsoft.AspNetCore.DataProtection;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// The per-app callback signing secret: random, shown once when the callback is set, and stored
/// encrypted with ASP.NET Core Data Protection (key ring in the database, so every instance can sign).
/// Unlike the AppSecret it cannot be a hash: the platform itself must compute HMACs with it.
/// </summary>
public sealed class CallbackSigningSecrets(IDataProtectionProvider provider)
{
    public const string Prefix = "whsec_";
    public const int DisplayLength = 12;

    private readonly IDataProtector _protector = provider.CreateProtector("KooMessage.Callbacks.SigningSecret.v1");

    public static string New() => SecretTokens.Generate(Prefix, 43);

    public static string Display(string secret) => secret[..Math.Min(DisplayLength, secret.Length)];

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
