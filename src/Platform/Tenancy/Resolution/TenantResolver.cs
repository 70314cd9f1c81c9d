using KooMessage.Platform.Data;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tenancy.Resolution;

/// <summary>
/// Decides the tenant of a request (DESIGN.md "Resolution, in order"): a tenant principal is bound to
/// its claim, and any header or host naming another tenant is refused; a platform principal may pick
/// a tenant with X-Tenant-Id (or the host); anonymous callers get none.
/// </summary>
public sealed class TenantResolver(IEnumerable<ITenantResolutionStrategy> strategies, KooMessageDbContext db, CredentialCache cache)
{
    public async Task<TenantResolution> ResolveAsync(TenantResolutionRequest request, Viewer viewer, CancellationToken cancellationToken)
    {
        if (!viewer.IsAuthenticated)
            return TenantResolution.None;

        var identifiers = strategies
            .Select(s => (s.Source, Identifier: s.Identify(request)))
            .Where(x => x.Identifier is not null)
            .ToList();
        string? From(TenantSource source) => identifiers.FirstOrDefault(x => x.Source == source).Identifier;

        if (viewer.IsPlatformPrincipal)
        {
            var chosen = From(TenantSource.Header) ?? From(TenantSource.Host);
            if (chosen is null)
                return TenantResolution.None;
            var target = await FindAsync(chosen, cancellationToken);
            return target is null
                ? TenantResolution.Refuse(StatusCodes.Status400BadRequest, ErrorCodes.TenantNotFound, $"No tenant '{chosen}' exists.")
                : TenantResolution.Of(target);
        }

        var claimed = From(TenantSource.Claim);
        var tenant = claimed is null ? null : await FindAsync(claimed, cancellationToken);
        if (tenant is null)
            return TenantResolution.Refuse(StatusCodes.Status401Unauthorized, ErrorCodes.InvalidApiKey,
                "The credentials name no existing tenant.");
        foreach (var (source, identifier) in identifiers.Where(x => x.Source != TenantSource.Claim))
        {
            if (await FindAsync(identifier!, cancellationToken) is not { } named || named.Id != tenant.Id)
                return TenantResolution.Refuse(StatusCodes.Status403Forbidden, ErrorCodes.TenantMismatch, source == TenantSource.Header
                    ? "X-Tenant-Id may only name your own tenant; only platform principals act on other tenants."
                    : "This host belongs to another tenant.");
        }
        if (tenant.Status == TenantStatus.Suspended)
            return TenantResolution.Refuse(StatusCodes.Status403Forbidden, ErrorCodes.TenantSuspended,
                "The tenant is suspended; contact the platform administrator.");
        return TenantResolution.Of(tenant);
    }

    /// <summary>Finds a tenant by global ID, raw id or slug (active tenants from the <see cref="CredentialCache"/>).</summary>
    private Task<Tenant?> FindAsync(string identifier, CancellationToken cancellationToken)
    {
        var tenants = db.Set<Tenant>().AsNoTracking();
        if (GlobalId.TryDecode(identifier, "Tenant", out var id) || Guid.TryParse(identifier, out id))
            return cache.GetOrLoadAsync("tenant:" + id, () => tenants.FirstOrDefaultAsync(t => t.Id == id, cancellationToken), IsActive);
        var slug = identifier.ToLowerInvariant();
        return cache.GetOrLoadAsync("tenant-slug:" + slug, () => tenants.FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken), IsActive);
    }

    private static bool IsActive(Tenant tenant) => tenant.Status == TenantStatus.Active;
}
