using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Statistics;

namespace KooMessage.Platform.Features.Dashboard;

/// <summary>
/// An overview as named counters (<c>tenant.signatures.APPROVED</c>, <c>platform.traffic.today.sent</c>,
/// …), so two overviews compare counter by counter: what <c>dashboardUpdated</c> reports as changed.
/// A status without items has no counter (it reads as 0). Pure.
/// </summary>
public static class OverviewCounters
{
    public static IReadOnlyDictionary<string, int> Of(Overview overview)
    {
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        if (overview.Tenant is { } tenant)
        {
            foreach (var f in tenant.Filings)
                counters[$"tenant.filings.{EnumNames.Of(f.Area)}.{EnumNames.Of(f.Status)}"] = f.Count;
            Add(counters, "tenant.apps", tenant.Apps);
            Add(counters, "tenant.signatures", tenant.Signatures);
            Add(counters, "tenant.smsTemplates", tenant.SmsTemplates);
            Add(counters, "tenant.smartTemplates", tenant.SmartTemplates);
            Add(counters, "tenant.videoTemplates", tenant.VideoTemplates);
            Add(counters, "tenant.tasks", tenant.Tasks);
            counters["tenant.runningTasks"] = tenant.RunningTasks;
            counters["tenant.scheduledTasks"] = tenant.ScheduledTasks;
            Add(counters, "tenant.traffic", tenant.Traffic);
            foreach (var b in tenant.Quota)
            {
                var product = EnumNames.Of(b.Product);
                counters[$"tenant.quota.{product}.remaining"] = (int)Math.Clamp(b.Remaining, int.MinValue, int.MaxValue);
                counters[$"tenant.quota.{product}.low"] = tenant.LowQuota.Contains(b.Product) ? 1 : 0;
            }
        }
        if (overview.Platform is { } platform)
        {
            Add(counters, "platform.tenants", platform.Tenants);
            foreach (var q in platform.ReviewQueue)
                counters[$"platform.reviewQueue.{EnumNames.ScreamingCase(q.Kind)}"] = q.Waiting;
            Add(counters, "platform.traffic", platform.Traffic);
        }
        return counters;
    }

    /// <summary>The counters of <paramref name="current"/> that differ from <paramref name="previous"/> (all of them when there is none), in name order.</summary>
    public static IReadOnlyList<DashboardCounter> Changes(IReadOnlyDictionary<string, int>? previous, IReadOnlyDictionary<string, int> current)
    {
        var changes = new List<DashboardCounter>();
        foreach (var (name, value) in current)
        {
            int? before = previous is null ? null : previous.GetValueOrDefault(name);
            if (before != value)
                changes.Add(new DashboardCounter(name, value, before));
        }
        if (previous is not null)
        {
            foreach (var (name, value) in previous)
            {
                if (!current.ContainsKey(name) && value != 0)
                    changes.Add(new DashboardCounter(name, 0, value));
            }
        }
        changes.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return changes;
    }

    private static void Add(Dictionary<string, int> counters, string prefix, IEnumerable<StatusCount> counts)
    {
        foreach (var c in counts)
            counters[$"{prefix}.{c.Status}"] = c.Count;
    }

    private static void Add(Dictionary<string, int> counters, string prefix, MessageTraffic traffic)
    {
        Add(counters, prefix + ".today", traffic.Today);
        Add(counters, prefix + ".lastHour", traffic.LastHour);
    }

    private static void Add(Dictionary<string, int> counters, string prefix, MessageCounts counts)
    {
        counters[prefix + ".submitted"] = counts.Submitted;
        counters[prefix + ".sent"] = counts.Sent;
        counters[prefix + ".delivered"] = counts.Delivered;
        counters[prefix + ".failed"] = counts.Failed;
        counters[prefix + ".expired"] = counts.Expired;
        counters[prefix + ".clicks"] = counts.Clicks;
        counters[prefix + ".uniqueClicks"] = counts.UniqueClicks;
    }
}
