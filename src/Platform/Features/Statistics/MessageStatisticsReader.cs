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
/// Answers a statistics query from the rollup rows of the range in one statement: the database groups
/// them by quarter hour and the dimensions asked for and sums their counters (GROUP BY … SUM), and
/// each quarter hour's sums are then added to its bucket in the time zone (mapped once per distinct
/// slot, here, because a zone's offsets follow its DST rules, which SQL does not know). The database
/// reads the rollup rows in range (tasks × channels × active quarter hours), never recipients; what
/// comes back is at most one row per quarter hour and group.
/// </summary>
public static class MessageStatisticsReader
{
    public static async Task<IReadOnlyList<MessageStatisticsRow>> ReadAsync(KooMessageDbContext db, MessageStatisticsInput input,
        CancellationToken cancellationToken)
    {
        var (from, to, zone) = StatisticsRules.Range(input.From, input.To, input.TimeZone);
        var buckets = new Dictionary<DateTime, DateTimeOffset>();
        var groups = new Dictionary<(DateTimeOffset Start, MessageStatisticsRow Key), MessageCounts>();
        await foreach (var slot in Sums(db, input, from, to).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!buckets.TryGetValue(slot.Slot, out var start))
                buckets[slot.Slot] = start = StatisticsRules.BucketStart(slot.Slot, input.Granularity, zone);
            var key = new MessageStatisticsRow(default, default, slot.Kind, slot.Channel, slot.TaskId, slot.SmsAppId, slot.SignatureId,
                slot.SmsTemplateId, slot.SmartTemplateId, slot.VideoTemplateId, slot.ServiceNumberId == Guid.Empty ? null : slot.ServiceNumberId,
                MessageCounts.Zero);
            var counts = new MessageCounts(slot.Submitted, slot.Sent, slot.Delivered, slot.Failed, slot.Expired, slot.Skipped, slot.Cancelled,
                slot.Clicks, slot.UniqueClicks);
            groups[(start, key)] = groups.GetValueOrDefault((start, key), MessageCounts.Zero) + counts;
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

    /// <summary>
    /// The statement: the range's rollup rows grouped by quarter hour and the dimensions in
    /// <see cref="MessageStatisticsInput.GroupBy"/> (a dimension not asked for is a constant null in the key,
    /// so it does not split groups), with their counters summed. Exposed for the tests that read its SQL.
    /// </summary>
    public static IQueryable<StatisticsSlotSums> Sums(KooMessageDbContext db, MessageStatisticsInput input, DateTime from, DateTime to)
    {
        var by = (input.GroupBy ?? []).ToHashSet();
        // A task has one kind, so grouping by task names it too (a video task's ID is a VideoTask ID).
        var byKind = by.Contains(StatisticsDimension.Kind) || by.Contains(StatisticsDimension.Task);
        var byChannel = by.Contains(StatisticsDimension.Channel);
        var byTask = by.Contains(StatisticsDimension.Task);
        var byApp = by.Contains(StatisticsDimension.App);
        var bySignature = by.Contains(StatisticsDimension.Signature);
        var bySmsTemplate = by.Contains(StatisticsDimension.SmsTemplate);
        var bySmartTemplate = by.Contains(StatisticsDimension.SmartTemplate);
        var byVideoTemplate = by.Contains(StatisticsDimension.VideoTemplate);
        var byServiceNumber = by.Contains(StatisticsDimension.ServiceNumber);
        return Filter(db.Set<MessageStatistic>().AsNoTracking().Where(s => s.Slot >= from && s.Slot < to), input.Where)
            .GroupBy(s => new
            {
                s.Slot,
                Kind = byKind ? (SendTaskKind?)s.Kind : null,
                Channel = byChannel ? (RecipientChannel?)s.Channel : null,
                TaskId = byTask ? (Guid?)s.TaskId : null,
                SmsAppId = byApp ? s.SmsAppId : null,
                SignatureId = bySignature ? s.SignatureId : null,
                SmsTemplateId = bySmsTemplate ? s.SmsTemplateId : null,
                SmartTemplateId = bySmartTemplate ? s.SmartTemplateId : null,
                VideoTemplateId = byVideoTemplate ? s.VideoTemplateId : null,
                ServiceNumberId = byServiceNumber ? (Guid?)s.ServiceNumberId : null,
            })
            .Select(g => new StatisticsSlotSums(
                g.Key.Slot, g.Key.Kind, g.Key.Channel, g.Key.TaskId, g.Key.SmsAppId, g.Key.SignatureId, g.Key.SmsTemplateId,
                g.Key.SmartTemplateId, g.Key.VideoTemplateId, g.Key.ServiceNumberId,
                g.Sum(s => s.Submitted), g.Sum(s => s.Sent), g.Sum(s => s.Delivered), g.Sum(s => s.Failed), g.Sum(s => s.Expired),
                g.Sum(s => s.Skipped), g.Sum(s => s.Cancelled), g.Sum(s => s.Clicks), g.Sum(s => s.UniqueClicks)));
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
