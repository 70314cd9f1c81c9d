using System.Globalization;
using System.Security.Claims;
using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tenancy.ApiKeys;

/// <summary>
/// Turns a presented secret into a principal: looks the key up by its SHA-256 (the secret itself is
/// never stored), refuses unknown and revoked keys, and records when the key was last used.
/// Shared by the HTTP authentication handler and the WebSocket handshake.
/// </summary>
public sealed class ApiKeyAuthenticator(KooMessageDbContext db, TimeProvider clock)
{
    public const string Scheme = "ApiKey";

    /// <summary>Last-used times are written at most this often per key, so reads do not turn into writes.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<ClaimsPrincipal?> AuthenticateAsync(string secret, CancellationToken cancellationToken)
    {
        if (!ApiKeySecrets.LooksLikeApiKey(secret) || secret.Length > 200)
            return null;
        var hash = ApiKeySecrets.Hash(secret);
        // Key lookup happens before any tenant is known: the one read that must ignore the tenant filter.
        var key = await db.Set<ApiKey>().IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(k => k.SecretHash == hash, cancellationToken);
        if (key is null || key.IsRevoked)
            return null;

        var now = clock.GetUtcNow().UtcDateTime;
        if (key.LastUsedAt is null || now - key.LastUsedAt > LastUsedResolution)
        {
            await db.Set<ApiKey>().IgnoreQueryFilters().Where(k => k.Id == key.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
        }

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
