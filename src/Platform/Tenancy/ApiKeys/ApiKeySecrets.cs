using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Tenancy.ApiKeys;

/// <summary>Generates and hashes API key secrets ("km_" + 43 base62 characters ≈ 256 bits).</summary>
public static class ApiKeySecrets
{
    public const string Prefix = "km_";

    public static string Generate() => SecretTokens.Generate(Prefix, 43);

    /// <summary>True for strings shaped like our secrets; tells API keys apart from JWTs in a bearer header.</summary>
    public static bool LooksLikeApiKey(string? value) => value is not null && value.StartsWith(Prefix, StringComparison.Ordinal);

    public static string Hash(string secret) => SecretTokens.Hash(secret);

    public static string DisplayPrefix(string secret) => secret.Length <= 9 ? secret : secret[..9];
}
