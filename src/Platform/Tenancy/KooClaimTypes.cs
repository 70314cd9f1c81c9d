namespace KooMessage.Platform.Tenancy;

/// <summary>Claim types on the principals this platform builds (API keys) or accepts (JWT).</summary>
public static class KooClaimTypes
{
    /// <summary>Tenant id (GUID) or slug the principal belongs to; absent for platform principals.</summary>
    public const string Tenant = "tenant_id";

    /// <summary>The API key a principal authenticated with.</summary>
    public const string ApiKeyId = "api_key_id";

    /// <summary>Role claim, one per role (same type JWT issuers use).</summary>
    public const string Role = "role";
}
