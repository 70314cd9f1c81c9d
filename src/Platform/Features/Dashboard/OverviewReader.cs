using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.BasicEdition;
using KooMessage.Platform.Features.Filings;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.Quotas;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.Statistics;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.Dashboard;

/// <summary>
/// Reads the overview: one grouped SELECT per kind of item (never one per status or kind, so the cost
/// does not grow with the statuses in use) and the traffic from the statistics rollups (never from the
/// recipients); the tenant's quota is the `balances` query's one grouped SELECT, judged low by the rule that
/// publishes QuotaBalanceLow. A tenant's part reads through the context's tenant filter; the platform's part reads
/// across tenants and is only asked for on behalf of platform principals.
/// </summary>
public static class OverviewReader
{
    private static readonly SendTaskStatus[] Running = [SendTaskStatus.Queued, SendTaskStatus.Sending, SendTaskStatus.Sent];

    private static readonly SendTaskStatus[] Unfinished = [SendTaskStatus.Scheduled, .. Running];

    public static async Task<TenantOverview> ReadTenantAsync(KooMessageDbContext db, DateTime now, TimeZoneInfo zone, int lowBalancePercent,
        CancellationToken cancellationToken)
    {
        var filings = await db.Set<Filing>().GroupBy(f => new { f.ProductArea, f.ReviewStatus })
            .Select(g => new { g.Key.ProductArea, g.Key.ReviewStatus, Count = g.Count() }).ToListAsync(cancellationToken);
        var apps = await db.Set<SmsApp>().GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var signatures = await db.Set<SmsSignature>().GroupBy(s => s.ReviewStatus).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var smsTemplates = await db.Set<SmsTemplate>().GroupBy(t => new { t.ReviewStatus, t.Active })
            .Select(g => new { g.Key.ReviewStatus, g.Key.Active, Count = g.Count() }).ToListAsync(cancellationToken);
        var smartTemplates = await db.Set<SmartTemplate>().Where(t => !t.IsPlatformShared).GroupBy(t => t.ReviewStatus)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var videoTemplates = await db.Set<VideoTemplate>().Where(t => !t.IsPlatformShared).GroupBy(t => t.ReviewStatus)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var tasks = await db.Set<SendTask>().Where(t => Unfinished.Contains(t.Status)).GroupBy(t => t.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var traffic = await MessageTrafficReader.ReadAsync(db.Set<MessageStatistic>(), now, zone, cancellationToken);
        var quota = await QuotaBalance.ReadAsync(db.Set<QuotaPackage>(), now, cancellationToken);
        return new TenantOverview(
            filings.OrderBy(f => f.ProductArea).ThenBy(f => f.ReviewStatus).Select(f => new FilingCount(f.ProductArea, f.ReviewStatus, f.Count)).ToList(),
            Counts(apps.Select(a => (a.Key, a.Count))),
            Counts(signatures.Select(s => (s.Key, s.Count))),
            Counts(smsTemplates.Select(t => (SmsTemplate.StatusOf(t.ReviewStatus, t.Active), t.Count))),
            Counts(smartTemplates.Select(t => (t.Key, t.Count))),
            Counts(videoTemplates.Select(t => (t.Key, t.Count))),
            Counts(tasks.Select(t => (t.Key, t.Count))),
            tasks.Where(t => Running.Contains(t.Key)).Sum(t => t.Count),
            tasks.Where(t => t.Key == SendTaskStatus.Scheduled).Sum(t => t.Count),
            traffic,
            quota,
            quota.Where(b => QuotaRules.IsLow(b.Remaining, b.Granted, lowBalancePercent)).Select(b => b.Product).ToList());
    }

    public static async Task<PlatformOverview> ReadPlatformAsync(KooMessageDbContext db, DateTime now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var tenants = await db.Set<Tenant>().GroupBy(t => t.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var queue = await ReviewQueueLengths.ReadAsync(db, now, cancellationToken);
        // Platform-wide throughput: every tenant's rollups, for platform principals only (the callers check).
        var traffic = await MessageTrafficReader.ReadAsync(db.Set<MessageStatistic>().IgnoreQueryFilters(), now, zone, cancellationToken);
        return new PlatformOverview(Counts(tenants.Select(t => (t.Key, t.Count))), queue, traffic);
    }

    /// <summary>Counts per status in the enum's order (several stored groups may map to one status), spelled as the schema spells them.</summary>
    private static List<StatusCount> Counts<TStatus>(IEnumerable<(TStatus Status, int Count)> groups)
        where TStatus : struct, Enum
        => groups.GroupBy(g => g.Status).OrderBy(g => g.Key).Select(g => new StatusCount(EnumNames.Of(g.Key), g.Sum(x => x.Count))).ToList();
}
