using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Authorization;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Features.Quotas;

/// <summary>
/// The tenant's packages, balances and usage ledger. Tenant users read their own tenant; platform
/// principals read the tenant they name with X-Tenant-Id (the tenant filter scopes everything).
/// </summary>
public sealed class QuotaQueries : IQueryFields
{
    private static readonly Role[] Readers = [Role.TenantAdmin, Role.TenantMember, Role.PlatformAdmin, Role.PlatformReviewer];

    public void AddFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuotaBalanceType>>>>("balances")
            .Description("The tenant's balance (余量) per product over its usable packages: granted, reserved, consumed, remaining.")
            .Authorize(Readers)
            .ResolveAsync(async ctx =>
            {
                ctx.RequireTenantId();
                return await QuotaBalance.ReadAsync(ctx.Db().Set<QuotaPackage>(), ctx.UtcNow(), ctx.CancellationToken);
            });

        query.Connection<QuotaPackageType, QuotaPackage>("quotaPackages")
            .Description("The tenant's packages (套餐包/资源包), revoked and expired ones included, newest first.")
            .Authorize(Readers)
            .Resolve(ctx =>
            {
                ctx.RequireTenantId();
                return ctx.Db().Set<QuotaPackage>();
            });

        query.Connection<QuotaEntryType, QuotaEntry>("usage")
            .Description("The tenant's usage ledger (用量明细), newest first: grants, revocations, and each task's reservations, consumptions and refunds.")
            .Authorize(Readers)
            .Resolve(ctx =>
            {
                ctx.RequireTenantId();
                return ctx.Db().Set<QuotaEntry>();
            });
    }
}
