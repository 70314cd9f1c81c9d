using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.Quotas;

/// <summary>Granting and revoking packages: platform admins only, for any tenant, so the writes cross tenants explicitly here.</summary>
public sealed class QuotaMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<GrantPackageInput>("grantPackage")
            .Description("Grants a tenant a package (套餐包/资源包): units of one product, usable from validFrom until validTo (platform admins).")
            .Returns<QuotaPackageType>("package", "The new package.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType))
            .Authorize(Role.PlatformAdmin)
            .Resolve(async (ctx, input) =>
            {
                var db = ctx.Db();
                var tenant = await db.Set<Tenant>().RequireAsync("tenantId", input.TenantId, ctx.CancellationToken);
                var package = QuotaPackage.Grant(tenant.Id, input.Product, input.Quantity, input.ValidFrom.ToUniversalTime(), input.ValidTo.ToUniversalTime(), input.Note);
                db.Add(package);
                db.Add(QuotaEntry.Of(QuotaEntryKind.Grant, tenant.Id, package.Id, package.Product, package.Quantity, null));
                using (db.AllowCrossTenantWrites())
                    await db.SaveChangesAsync(ctx.CancellationToken);
                return MutationPayload.Success("package", package);
            });

        mutation.Mutation<RevokePackageInput>("revokePackage")
            .Description("Revokes a package (platform admins): its unreserved remainder can no longer be reserved; what tasks hold of it stays theirs.")
            .Returns<QuotaPackageType>("package", "The revoked package.")
            .Errors(typeof(NotFoundErrorType), typeof(InvalidStateErrorType))
            .Authorize(Role.PlatformAdmin)
            .Resolve(async (ctx, input) =>
            {
                var db = ctx.Db();
                var package = await db.Set<QuotaPackage>().IgnoreQueryFilters().RequireAsync("id", input.Id, ctx.CancellationToken);
                package.Revoke(ctx.UtcNow());
                // Conditional on not being revoked yet: of two revocations at once, one records the remainder.
                var revoked = await db.Set<QuotaPackage>().IgnoreQueryFilters().Where(p => p.Id == package.Id && p.RevokedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.RevokedAt, package.RevokedAt), ctx.CancellationToken);
                if (revoked == 0)
                    throw new DomainException(new InvalidStateError("REVOKED", "The package is revoked already."));
                db.ChangeTracker.Clear();
                var current = await db.Set<QuotaPackage>().IgnoreQueryFilters().AsNoTracking().FirstAsync(p => p.Id == package.Id, ctx.CancellationToken);
                db.Add(QuotaEntry.Of(QuotaEntryKind.Revocation, current.TenantId, current.Id, current.Product,
                    current.Quantity - current.Reserved - current.Consumed, null));
                using (db.AllowCrossTenantWrites())
                    await db.SaveChangesAsync(ctx.CancellationToken);
                return MutationPayload.Success("package", current);
            });
    }
}
