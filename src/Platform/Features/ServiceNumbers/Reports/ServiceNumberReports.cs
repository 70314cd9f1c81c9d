using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// Aggregates a service number's click events in SQL: PV = COUNT(*), UV = COUNT(DISTINCT visitor),
/// grouped per day, per target, or both. Rows are few (days × targets), so they are ordered here.
/// </summary>
public static class ServiceNumberReports
{
    public static async Task<ServiceNumberReport> BuildAsync(KooMessageDbContext db, ServiceNumber serviceNumber,
        DateTime firstDay, DateTime lastDay, ReportGrouping groupBy, CancellationToken cancellationToken)
    {
        var events = db.Set<ServiceNumberEvent>()
            .Where(e => e.ServiceNumberId == serviceNumber.Id && e.Day >= firstDay && e.Day <= lastDay);

        List<ServiceNumberReportRow> rows = groupBy switch
        {
            ReportGrouping.Day => (await events
                    .GroupBy(e => e.Day)
                    .Select(g => new { Day = g.Key, Pv = g.Count(), Uv = g.Select(e => e.VisitorHash).Distinct().Count() })
                    .ToListAsync(cancellationToken))
                .Select(r => new ServiceNumberReportRow(r.Day, null, null, r.Pv, r.Uv))
                .ToList(),
            ReportGrouping.Target => (await events
                    .GroupBy(e => new { e.Target, e.Name })
                    .Select(g => new { g.Key.Target, g.Key.Name, Pv = g.Count(), Uv = g.Select(e => e.VisitorHash).Distinct().Count() })
                    .ToListAsync(cancellationToken))
                .Select(r => new ServiceNumberReportRow(null, r.Target, r.Name, r.Pv, r.Uv))
                .ToList(),
            _ => (await events
                    .GroupBy(e => new { e.Day, e.Target, e.Name })
                    .Select(g => new { g.Key.Day, g.Key.Target, g.Key.Name, Pv = g.Count(), Uv = g.Select(e => e.VisitorHash).Distinct().Count() })
                    .ToListAsync(cancellationToken))
                .Select(r => new ServiceNumberReportRow(r.Day, r.Target, r.Name, r.Pv, r.Uv))
                .ToList(),
        };

        var totals = await events
            .GroupBy(e => e.ServiceNumberId)
            .Select(g => new { Pv = g.Count(), Uv = g.Select(e => e.VisitorHash).Distinct().Count() })
            .FirstOrDefaultAsync(cancellationToken);

        var ordered = rows
            .OrderBy(r => r.Day)
            .ThenBy(r => r.Target)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        var end = lastDay.AddDays(1);
        var messagesSent = await db.Set<Recipient>()
            .CountAsync(r => r.ServiceNumberId == serviceNumber.Id && r.SubmittedAt >= firstDay && r.SubmittedAt < end, cancellationToken);
        return new ServiceNumberReport(serviceNumber, firstDay, lastDay, groupBy, totals?.Pv ?? 0, totals?.Uv ?? 0, messagesSent, ordered);
    }
}
