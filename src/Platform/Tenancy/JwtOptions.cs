namespace KooMessage.Platform.Tenancy;

/// <summary>
/// Configuration section "Auth:Jwt". When <see cref="Authority"/> or <see cref="SigningKey"/> is
/// set, JWT bearer tokens are accepted beside API keys; roles come from the "role" claim and the
/// tenant from "tenant_id" (tenant id or slug).
/// </summary>
public sealed class JwtOptions
{
    public const string Section = "Auth:Jwt";

    /// <summary>OpenID Connect issuer whose signing keys are discovered.</summary>
    public string? Authority { get; set; }

    /// <summary>A shared HMAC key (at least 32 bytes) for deployments that mint their own tokens.</summary>
    public string? SigningKey { get; set; }

    public string? Issuer { get; set; }

    public string? Audience { get; set; }

    public bool Enabled => !string.IsNullOrEmpty(Authority) || !string.IsNullOrEmpty(SigningKey);
}
