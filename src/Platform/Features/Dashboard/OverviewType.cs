using GraphQL.Types;

namespace KooMessage.Platform.Features.Dashboard;

public sealed class OverviewType : ObjectGraphType<Overview>
{
    public OverviewType()
    {
        Name = "Overview";
        Description = "The overview (总览): counts by status and traffic, computed from grouped counts and the statistics rollups.";
        Field(x => x.At).Description("When these numbers were read.");
        Field(x => x.TimeZone).Description("The IANA time zone 'today' is a local day of.");
        Field<TenantOverviewType>("tenant").Description("The tenant's numbers; null when the caller acts in no tenant (a platform principal without X-Tenant-Id).")
            .Resolve(c => c.Source.Tenant);
        Field<PlatformOverviewType>("platform").Description("The platform's numbers; null unless the caller is a platform principal.")
            .Resolve(c => c.Source.Platform);
    }
}
