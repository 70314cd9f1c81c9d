using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tenancy.ApiKeys;

/// <summary>
/// Turns a presented secret into a principal: looks the key up by its SHA-256 (the secret itself is
/// never stored; verified keys are kept in the <see cref="CredentialCache"/>), refuses unknown and
/// revoked keys, and notes the use for <see cref="ApiKeyUsage"/> to record off the request path.
/// Shared by the HTTP authentication handler and the WebSocket handshake. The DbContext is resolved
/// only on a cache miss: most requests never need it, and a WebSocket's request scope would keep it
/// (about 2 KB) for as long as the socket is open.
/// </summary>
public sealed class ApiKeyAuthenticator(IServiceProvider services, CredentialCache cache, ApiKeyUsage usage, TimeProvider clock)
{
    public const string Scheme = "ApiKey";

    /// <summary>
    /// One principal per cached key: a key's claims never change while the cache holds it (a change to
    /// the key evicts it), and nothing mutates a principal, so requests and open sockets share it.
    /// </summary>
    private static readonly ConditionalWeakTable<ApiKey, ClaimsPrincipal> Principals = new();

    public async Task<ClaimsPrincipal?> AuthenticateAsync(string secret, CancellationToken cancellationToken)
    {
        if (!ApiKeySecrets.LooksLikeApiKey(secret) || secret.Length > 200)
            return null;
        var hash = ApiKeySecrets.Hash(secret);
        // Key lookup happens before any tenant is known: the one read that must ignore the tenant filter.
        var key = await cache.GetOrLoadAsync("api-key:" + hash,
            () => services.GetRequiredService<KooMessageDbContext>().Set<ApiKey>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(k => k.SecretHash == hash, cancellationToken),
            k => !k.IsRevoked);
        if (key is null || key.IsRevoked)
            return null;
        usage.Record(key, clock.GetUtcNow().UtcDateTime);

        return Principals.GetValue(key, PrincipalOf);
    }

    private static ClaimsPrincipal PrincipalOf(ApiKey key)
    {
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
