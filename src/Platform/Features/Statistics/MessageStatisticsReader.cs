using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.BasicEdition;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.ServiceNumbers;
using KooMessage.Platform.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.Statistics;

/// <summary>
/// Answers a statistics query from the rollup rows of the range (one SELECT, streamed): each row's
/// quarter hour is mapped to its bucket in the time zone (once per distinct slot) and added to its
/// group. Cost grows with the rollup rows in range (tasks × channels × active quarter hours), never
/// with recipients.
/// </summary>
public static class MessageStatisticsReader
{
    public static async Task<IReadOnlyList<MessageStatisticsRow>> ReadAsync(KooMessageDbContext db, MessageStatisticsInput input,
        CancellationToken cancellationToken)
    {
        var (from, to, zone) = StatisticsRules.Range(input.From, input.To, input.TimeZone);
        var rows = Filter(db.Set<MessageStatistic>().AsNoTracking().Where(s => s.Slot >= from && s.Slot < to), input.Where);
        var by = (input.GroupBy ?? []).ToHashSet();
        var buckets = new Dictionary<DateTime, DateTimeOffset>();
        var groups = new Dictionary<(DateTimeOffset Start, MessageStatisticsRow Key), MessageCounts>();
        await foreach (var s in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!buckets.TryGetValue(s.Slot, out var start))
                buckets[s.Slot] = start = StatisticsRules.BucketStart(s.Slot, input.Granularity, zone);
            var key = new MessageStatisticsRow(default, default,
                // A task has one kind, so grouping by task names it too (a video task's ID is a VideoTask ID).
                by.Contains(StatisticsDimension.Kind) || by.Contains(StatisticsDimension.Task) ? s.Kind : null,
                by.Contains(StatisticsDimension.Channel) ? s.Channel : null,
                by.Contains(StatisticsDimension.Task) ? s.TaskId : null,
                by.Contains(StatisticsDimension.App) ? s.SmsAppId : null,
                by.Contains(StatisticsDimension.Signature) ? s.SignatureId : null,
                by.Contains(StatisticsDimension.SmsTemplate) ? s.SmsTemplateId : null,
                by.Contains(StatisticsDimension.SmartTemplate) ? s.SmartTemplateId : null,
                by.Contains(StatisticsDimension.VideoTemplate) ? s.VideoTemplateId : null,
                by.Contains(StatisticsDimension.ServiceNumber) ? s.ServiceNumber : null,
                MessageCounts.Zero);
            groups[(start, key)] = groups.GetValueOrDefault((start, key), MessageCounts.Zero) + s.Counts;
            if (groups.Count > StatisticsRules.MaxRows)
                throw new DomainException(new LimitExceededError(StatisticsRules.MaxRows,
                    $"The statistics have more than {StatisticsRules.MaxRows} rows; use a coarser granularity, fewer groups or a shorter range."));
        }
        return groups
            .Where(g => !g.Value.IsZero)
            .Select(g => g.Key.Key with
            {
                Start = g.Key.Start.UtcDateTime, End = StatisticsRules.BucketEnd(g.Key.Start, input.Granularity, zone).UtcDateTime, Counts = g.Value,
            })
            .OrderBy(r => r.Start)
            .ThenBy(r => r.Kind).ThenBy(r => r.Channel).ThenBy(r => r.TaskId).ThenBy(r => r.SmsAppId)
            .ThenBy(r => r.SignatureId).ThenBy(r => r.SmsTemplateId).ThenBy(r => r.SmartTemplateId).ThenBy(r => r.VideoTemplateId).ThenBy(r => r.ServiceNumberId)
            .ToList();
    }

    private static IQueryable<MessageStatistic> Filter(IQueryable<MessageStatistic> rows, MessageStatisticsFilterInput? where)
    {
        if (where is null)
            return rows;
        var v = new InputValidator();
        var tasks = Ids(v, "where.taskIds", [SendTask.GraphTypeName, VideoTaskType.TypeName], where.TaskIds);
        var apps = Ids(v, "where.appIds", [SmsApp.GraphTypeName], where.AppIds);
        var signatures = Ids(v, "where.signatureIds", [SmsSignature.GraphTypeName], where.SignatureIds);
        var smsTemplates = Ids(v, "where.smsTemplateIds", [SmsTemplate.GraphTypeName], where.SmsTemplateIds);
        var smartTemplates = Ids(v, "where.smartTemplateIds", [SmartTemplate.GraphTypeName], where.SmartTemplateIds);
        var videoTemplates = Ids(v, "where.videoTemplateIds", [VideoTemplate.GraphTypeName], where.VideoTemplateIds);
        var serviceNumbers = Ids(v, "where.serviceNumberIds", [ServiceNumber.GraphTypeName], where.ServiceNumberIds);
        v.ThrowIfInvalid();
        if (tasks is not null)
            rows = rows.Where(s => tasks.Contains(s.TaskId));
        if (apps is not null)
            rows = rows.Where(s => s.SmsAppId != null && apps.Contains(s.SmsAppId.Value));
        if (signatures is not null)
            rows = rows.Where(s => s.SignatureId != null && signatures.Contains(s.SignatureId.Value));
        if (smsTemplates is not null)
            rows = rows.Where(s => s.SmsTemplateId != null && smsTemplates.Contains(s.SmsTemplateId.Value));
        if (smartTemplates is not null)
            rows = rows.Where(s => s.SmartTemplateId != null && smartTemplates.Contains(s.SmartTemplateId.Value));
        if (videoTemplates is not null)
            rows = rows.Where(s => s.VideoTemplateId != null && videoTemplates.Contains(s.VideoTemplateId.Value));
        if (serviceNumbers is not null)
            rows = rows.Where(s => serviceNumbers.Contains(s.ServiceNumberId));
        if (where.Channels is { Count: > 0 } channels)
            rows = rows.Where(s => channels.Contains(s.Channel));
        if (where.Kinds is { Count: > 0 } kinds)
            rows = rows.Where(s => kinds.Contains(s.Kind));
        return rows;
    }

    /// <returns>The decoded ids, or null when the list is absent or empty (no restriction).</returns>
    private static List<Guid>? Ids(InputValidator v, string field, string[] typeNames, List<string>? values)
    {
        if (values is not { Count: > 0 })
            return null;
        if (values.Count > 100)
        {
            v.Fail(field, "At most 100 IDs.");
            return null;
        }
        var ids = new List<Guid>(values.Count);
        foreach (var value in values)
        {
            if (GlobalId.TryDecode(value, out var type, out var id) && typeNames.Contains(type))
                ids.Add(id);
            else
                v.Fail(field, $"Not a {string.Join(" or ", typeNames)} ID.");
        }
        return ids;
    }
}
