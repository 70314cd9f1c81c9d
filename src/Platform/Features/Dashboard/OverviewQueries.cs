using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Features.Quotas;
using KooMessage.Platform.Features.Statistics;
using Microsoft.Extensions.Options;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Authorization;

namespace KooMessage.Platform.Features.Dashboard;

public sealed class OverviewQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<OverviewType>>("overview")
            .Description("The overview (总览): the caller's tenant (filings, apps, signatures and templates by status, unfinished tasks, today's traffic) "
                + "and, for platform principals, the platform (tenants by status, the review queue, traffic across tenants). A few grouped "
                + "counts and the statistics rollups, never a scan of recipients.")
            .Argument<StringGraphType>("timeZone", a =>
            {
                a.Description = "The IANA time zone whose local day 'today' is.";
                a.DefaultValue = StatisticsRules.DefaultTimeZone;
            })
            .RequireAuthenticated()
            .ResolveAsync(async ctx =>
            {
                var timeZone = ctx.GetArgument<string?>("timeZone") ?? StatisticsRules.DefaultTimeZone;
                var zone = StatisticsRules.Zone(timeZone);
                var now = ctx.UtcNow();
                var db = ctx.Db();
                var lowBalancePercent = ctx.Service<IOptions<QuotaOptions>>().Value.LowBalancePercent;
                var tenant = ctx.Tenant().TenantId is null ? null : await OverviewReader.ReadTenantAsync(db, now, zone, lowBalancePercent, ctx.CancellationToken);
                var platform = ctx.Viewer().IsPlatformPrincipal ? await OverviewReader.ReadPlatformAsync(db, now, zone, ctx.CancellationToken) : null;
                return new Overview(now, timeZone, tenant, platform);
            });
    }
}
