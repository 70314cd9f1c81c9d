using System.Globalization;
using System.Security.Claims;
using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tenancy.ApiKeys;

/// <summary>
/// Turns a presented secret into a principal: looks the key up by its SHA-256 (the secret itself is
/// never stored; verified keys are kept in the <see cref="CredentialCache"/>), refuses unknown and
/// revoked keys, and notes the use for <see cref="ApiKeyUsage"/> to record off the request path.
/// Shared by the HTTP authentication handler and the WebSocket handshake.
/// </summary>
public sealed class ApiKeyAuthenticator(KooMessageDbContext db, CredentialCache cache, ApiKeyUsage usage, TimeProvider clock)
{
    public const string Scheme = "ApiKey";

    public async Task<ClaimsPrincipal?> AuthenticateAsync(string secret, CancellationToken cancellationToken)
    {
        if (!ApiKeySecrets.LooksLikeApiKey(secret) || secret.Length > 200)
            return null;
        var hash = ApiKeySecrets.Hash(secret);
        // Key lookup happens before any tenant is known: the one read that must ignore the tenant filter.
        var key = await cache.GetOrLoadAsync("api-key:" + hash,
            () => db.Set<ApiKey>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(k => k.SecretHash == hash, cancellationToken),
            k => !k.IsRevoked);
        if (key is null || key.IsRevoked)
            return null;
        usage.Record(key, clock.GetUtcNow().UtcDateTime);

        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, key.Name),
            new(KooClaimTypes.ApiKeyId, key.Id.ToString()),
            new(KooClaimTypes.Role, RoleNames.Of(key.Role)),
        };
        if (key.TenantId is { } tenantId)
            claims.Add(new Claim(KooClaimTypes.Tenant, tenantId.ToString("D", CultureInfo.InvariantCulture)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme, ClaimTypes.Name, KooClaimTypes.Role));
    }
}
