using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Tenancy.ApiKeys;

/// <summary>
/// A credential. Only the SHA-256 of the secret is stored; the secret itself is shown once, in
/// the createApiKey payload. Platform keys have no tenant; tenant keys belong to exactly one.
/// </summary>
public sealed class ApiKey : Entity, INodeEntity
{
    public const int NameMax = 50;

    public static string GraphTypeName => "ApiKey";

    public static string Noun => "API key";

    private ApiKey()
    {
    }

    /// <summary>Null for platform principals (platform-admin, platform-reviewer).</summary>
    public Guid? TenantId { get; private set; }

    public string Name { get; private set; } = null!;

    public Role Role { get; private set; }

    /// <summary>The first characters of the secret, safe to display so people can tell keys apart.</summary>
    public string Prefix { get; private set; } = null!;

    /// <summary>Lower-case hex SHA-256 of the secret; unique, the lookup key on every request.</summary>
    public string SecretHash { get; private set; } = null!;

    public DateTime? LastUsedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public static (ApiKey Key, string Secret) Issue(Guid? tenantId, string name, Role role)
    {
        var v = new InputValidator().Length("name", name, 1, NameMax).NoMarkup("name", name);
        if (tenantId is null && !RoleNames.IsPlatform(role))
            v.Fail("role", "A key without a tenant must have a platform role (PLATFORM_ADMIN or PLATFORM_REVIEWER).");
        if (tenantId is not null && RoleNames.IsPlatform(role))
            v.Fail("role", "A tenant key must have a tenant role (TENANT_ADMIN or TENANT_MEMBER).");
        v.ThrowIfInvalid();

        var secret = ApiKeySecrets.Generate();
        var key = new ApiKey
        {
            TenantId = tenantId,
            Name = name.Trim(),
            Role = role,
            Prefix = ApiKeySecrets.DisplayPrefix(secret),
            SecretHash = ApiKeySecrets.Hash(secret),
        };
        return (key, secret);
    }

    /// <summary>Adopts an operator-chosen secret (Bootstrap:AdminApiKey) as a platform-admin key.</summary>
    public static ApiKey FromBootstrapSecret(string secret) => new()
    {
        TenantId = null,
        Name = "bootstrap admin",
        Role = Role.PlatformAdmin,
        Prefix = ApiKeySecrets.DisplayPrefix(secret),
        SecretHash = ApiKeySecrets.Hash(secret),
    };

    public void Revoke(DateTime now)
    {
        if (IsRevoked)
            throw new DomainException(new InvalidStateError("REVOKED", "The API key is already revoked."));
        RevokedAt = now;
    }
}
