using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.Statistics;

/// <summary>
/// Today's and the last hour's counters from the rollup rows, in one SELECT of one row per quarter hour
/// (never the recipients): today is the local day of <c>now</c> in the zone; the last hour is the current
/// quarter hour and the three before it (45 to 60 minutes, as the rollups keep quarter hours).
/// </summary>
public static class MessageTrafficReader
{
    /// <param name="rows">The rollups to add up: a tenant's (its query filter) or, for the platform, every tenant's.</param>
    public static async Task<MessageTraffic> ReadAsync(IQueryable<MessageStatistic> rows, DateTime now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var dayStart = StatisticsRules.BucketStart(now, StatisticsGranularity.Day, zone).UtcDateTime;
        var hourStart = StatisticsSlots.Of(now) - 3 * StatisticsSlots.Length;
        var since = dayStart < hourStart ? dayStart : hourStart;
        var slots = await rows
            .Where(s => s.Slot >= since)
            .GroupBy(s => s.Slot)
            .Select(g => new
            {
                Slot = g.Key,
                Submitted = g.Sum(s => s.Submitted), Sent = g.Sum(s => s.Sent), Delivered = g.Sum(s => s.Delivered), Failed = g.Sum(s => s.Failed),
                Expired = g.Sum(s => s.Expired), Skipped = g.Sum(s => s.Skipped), Cancelled = g.Sum(s => s.Cancelled),
                Clicks = g.Sum(s => s.Clicks), UniqueClicks = g.Sum(s => s.UniqueClicks),
            })
            .ToListAsync(cancellationToken);
        var today = MessageCounts.Zero;
        var lastHour = MessageCounts.Zero;
        foreach (var s in slots)
        {
            var counts = new MessageCounts(s.Submitted, s.Sent, s.Delivered, s.Failed, s.Expired, s.Skipped, s.Cancelled, s.Clicks, s.UniqueClicks);
            if (s.Slot >= dayStart)
                today += counts;
            if (s.Slot >= hourStart)
                lastHour += counts;
        }
        return new MessageTraffic(today, lastHour);
    }
}
