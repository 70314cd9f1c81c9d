using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// Claims, verifies and checks a tenant's short-link domains. Reads go through the tenant filter, so
/// another tenant's claim is not found; the one cross-tenant question, "has someone else verified this
/// name?", answers yes or no and never whose it is.
/// </summary>
public sealed class ShortLinkDomainRegistry(KooMessageDbContext db, ReviewWorkflow workflow, IDomainOwnershipVerifier verifier, TimeProvider clock)
{
    public async Task<ShortLinkDomain> ClaimAsync(Guid tenantId, string? input, CancellationToken cancellationToken)
    {
        var domain = ShortLinkDomainRules.Normalize(input);
        new InputValidator().ValidateDomain("domain", domain).ThrowIfInvalid();
        if (await db.Set<ShortLinkDomain>().AnyAsync(d => d.Domain == domain, cancellationToken))
            throw new DomainException(new ConflictError($"You have already registered {domain}.", "domain"));
        await RefuseIfVerifiedElsewhereAsync(tenantId, domain!, cancellationToken);
        var claim = ShortLinkDomain.Claim(domain!);
        db.Add(claim);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueConstraint.IsViolation(ex))
        {
            throw new DomainException(new ConflictError($"You have already registered {domain}.", "domain"));
        }
        return claim;
    }

    /// <summary>
    /// Runs the ownership check of a DRAFT or REJECTED claim; proven, the claim is VERIFIED and submitted
    /// for review (PENDING). Not proven: a PreconditionFailedError naming where the token was looked for, nothing stored.
    /// </summary>
    public async Task<ShortLinkDomain> VerifyAsync(Guid tenantId, string id, CancellationToken cancellationToken)
    {
        var claim = await db.Set<ShortLinkDomain>().RequireAsync("id", id, cancellationToken);
        if (claim.ReviewStatus is not (ReviewStatus.Draft or ReviewStatus.Rejected))
            throw new DomainException(new InvalidStateError(EnumNames.Of(claim.ReviewStatus),
                $"{claim.Domain} is {EnumNames.Of(claim.ReviewStatus)}; only a DRAFT or REJECTED domain is verified (and submitted)."));
        await RefuseIfVerifiedElsewhereAsync(tenantId, claim.Domain, cancellationToken);
        var proof = await verifier.VerifyAsync(claim.Domain, claim.VerificationToken, cancellationToken)
            ?? throw new DomainException(new PreconditionFailedError("DOMAIN_OWNERSHIP",
                $"The token was found neither in a DNS TXT record {ShortLinkDomainRules.TxtRecordName(claim.Domain)} nor at " +
                $"http(s)://{claim.Domain}{ShortLinkDomainRules.WellKnownPath}; publish it and verify again."));
        claim.MarkVerified(clock.GetUtcNow().UtcDateTime, proof);
        // The check above ran before the (slow) ownership check and may be stale: two tenants verifying one name
        // at the same moment both passed it. It is repeated where the claim is saved, in one transaction that first
        // locks every live claim of the name, so of two such verifications the second waits for the first to commit,
        // then sees its VerifiedAt and is refused, with nothing of it saved.
        await workflow.SubmitAsync(claim, cancellationToken, async ct =>
        {
            await LockClaimsOfAsync(claim.Domain, ct);
            await RefuseIfVerifiedElsewhereAsync(tenantId, claim.Domain, ct);
        });
        return claim;
    }

    /// <summary>
    /// Row-locks every tenant's live claim of <paramref name="domain"/> until the caller's transaction ends, by a
    /// no-op UPDATE per claim (SQLite's write lock covers it whole). One claim at a time, in key order: two
    /// verifications lock shared rows in the same order, so they queue instead of deadlocking. No unique index can
    /// say "one verified live claim per name" on every provider without a schema change; this needs none.
    /// </summary>
    private async Task LockClaimsOfAsync(string domain, CancellationToken cancellationToken)
    {
        var claims = db.Set<ShortLinkDomain>().IgnoreQueryFilters().Where(d => d.Domain == domain && d.DeletedAt == null);
        foreach (var id in await claims.OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(cancellationToken))
            await claims.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Domain, d => d.Domain), cancellationToken);
    }

    /// <summary>A task's links may use <paramref name="domain"/> only when the tenant verified it and a reviewer approved it.</summary>
    public async Task RequireUsableAsync(string domain, CancellationToken cancellationToken)
    {
        var claim = await db.Set<ShortLinkDomain>().AsNoTracking().Where(d => d.Domain == domain)
            .Select(d => new { d.VerifiedAt, d.ReviewStatus }).FirstOrDefaultAsync(cancellationToken);
        if (claim is null || claim.VerifiedAt is null || claim.ReviewStatus != ReviewStatus.Approved)
            throw new DomainException(new PreconditionFailedError("VERIFIED_SHORT_LINK_DOMAIN", claim is null
                ? $"{domain} is not one of your short-link domains: register it (createShortLinkDomain), verify it and have it approved."
                : $"{domain} is not verified and approved yet ({EnumNames.Of(claim.ReviewStatus)})."));
    }

    /// <summary>Deliberately the same words whoever holds it, so the answer leaks no tenant.</summary>
    private async Task RefuseIfVerifiedElsewhereAsync(Guid tenantId, string domain, CancellationToken cancellationToken)
    {
        if (await db.Set<ShortLinkDomain>().IgnoreQueryFilters()
                .AnyAsync(d => d.Domain == domain && d.TenantId != tenantId && d.DeletedAt == null && d.VerifiedAt != null, cancellationToken))
            throw new DomainException(new ConflictError($"{domain} is already registered to another account.", "domain"));
    }
}
