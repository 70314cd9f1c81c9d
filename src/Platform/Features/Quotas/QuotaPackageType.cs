using GraphQL;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.Quotas;

public sealed class QuotaPackageType : NodeObjectType<QuotaPackage>
{
    public QuotaPackageType() : base(QuotaPackage.GraphTypeName, "A package (套餐包/资源包) a platform admin granted the tenant: units of one product, valid for a period.")
    {
        Field(x => x.Product).Description("What it pays for.");
        Field(x => x.Quantity).Description("Units granted.");
        Field(x => x.Reserved).Description("Units held by tasks that have not sent them yet.");
        Field(x => x.Consumed).Description("Units of messages sent (expired ones refunded).");
        Field(x => x.Remaining).Description("Units new tasks may still reserve (0 once revoked; a package outside its validity is not used).");
        Field(x => x.ValidFrom).Description("Usable from (UTC).");
        Field(x => x.ValidTo).Description("Usable until (UTC, exclusive); the earliest valid-to is used first.");
        Field(x => x.Note, nullable: true).Description("The admin's note (contract, order number).");
        Field(x => x.RevokedAt, nullable: true).Description("When it was revoked; null while in force.");
    }

    /// <summary>Platform admins see every tenant's packages; tenant users their own.</summary>
    protected override IQueryable<QuotaPackage> Visible(IResolveFieldContext context)
    {
        var packages = context.Db().Set<QuotaPackage>();
        return context.Viewer().IsInRole(Role.PlatformAdmin) ? packages.IgnoreQueryFilters() : packages;
    }
}
