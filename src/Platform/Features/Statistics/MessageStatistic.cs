using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Features.Statistics;

/// <summary>
/// One rollup row: what happened to one task's recipients of one channel during one quarter hour (UTC).
/// Rows are changed only by <see cref="MessageStatisticsRollup"/>, in the same transaction as the
/// task's own counters, so statistics never need the recipients. The task's dimensions (kind, app,
/// signature, templates) are copied in, so a query groups rollup rows alone, for smart and video tasks
/// alike. The service number is the recipients' own (set when the gateway accepted them), so it is part of
/// the key: receipts and clicks attributed later add to the row of the service number the recipient was
/// sent under. Quarter hours, because every time zone's offset is a multiple of 15 minutes: hours, days and
/// months of any zone are unions of whole slots.
/// </summary>
public sealed class MessageStatistic : Entity, ITenantOwned
{
    /// <summary>The unique key the writers add to (<see cref="KooMessageDbContext.AddToCountersAsync{T}"/>).</summary>
    public static readonly string[] Key = [nameof(TaskId), nameof(Channel), nameof(ServiceNumberId), nameof(Slot)];

    public static readonly string[] Counters =
    [
        nameof(Submitted), nameof(Sent), nameof(Delivered), nameof(Failed), nameof(Expired),
        nameof(Skipped), nameof(Cancelled), nameof(Clicks), nameof(UniqueClicks),
    ];

    private MessageStatistic()
    {
    }

    public Guid TenantId { get; set; }

    /// <summary>The start of the quarter hour, UTC.</summary>
    public DateTime Slot { get; private set; }

    public Guid TaskId { get; private set; }

    public SendTaskKind Kind { get; private set; }

    public RecipientChannel Channel { get; private set; }

    /// <summary>
    /// The service number the recipients were sent under (<see cref="Recipient.ServiceNumberId"/>), or
    /// <see cref="Guid.Empty"/> for none (not sent yet, or sent without one): a key column is never null,
    /// because a unique index treats nulls as distinct on SQLite and PostgreSQL and the upsert would never
    /// find the row.
    /// </summary>
    public Guid ServiceNumberId { get; private set; }

    /// <summary>SMART tasks only, like the three below.</summary>
    public Guid? SmsAppId { get; private set; }

    public Guid? SignatureId { get; private set; }

    public Guid? SmsTemplateId { get; private set; }

    public Guid? SmartTemplateId { get; private set; }

    /// <summary>VIDEO tasks only.</summary>
    public Guid? VideoTemplateId { get; private set; }

    public int Submitted { get; private set; }

    public int Sent { get; private set; }

    public int Delivered { get; private set; }

    public int Failed { get; private set; }

    public int Expired { get; private set; }

    public int Skipped { get; private set; }

    public int Cancelled { get; private set; }

    public int Clicks { get; private set; }

    public int UniqueClicks { get; private set; }

    public static MessageStatistic Create(MessageStatisticScope scope, RecipientChannel channel, Guid? serviceNumberId, DateTime slot, MessageCounts counts) => new()
    {
        TenantId = scope.TenantId,
        Slot = slot,
        TaskId = scope.TaskId,
        Kind = scope.Kind,
        Channel = channel,
        ServiceNumberId = serviceNumberId ?? Guid.Empty,
        SmsAppId = scope.SmsAppId,
        SignatureId = scope.SignatureId,
        SmsTemplateId = scope.SmsTemplateId,
        SmartTemplateId = scope.SmartTemplateId,
        VideoTemplateId = scope.VideoTemplateId,
        Submitted = counts.Submitted,
        Sent = counts.Sent,
        Delivered = counts.Delivered,
        Failed = counts.Failed,
        Expired = counts.Expired,
        Skipped = counts.Skipped,
        Cancelled = counts.Cancelled,
        Clicks = counts.Clicks,
        UniqueClicks = counts.UniqueClicks,
    };

    /// <summary><see cref="ServiceNumberId"/> as the recipients have it: null for none.</summary>
    public Guid? ServiceNumber => ServiceNumberId == Guid.Empty ? null : ServiceNumberId;

    public MessageCounts Counts => new(Submitted, Sent, Delivered, Failed, Expired, Skipped, Cancelled, Clicks, UniqueClicks);
}
