using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Features.Statistics;

/// <summary>
/// One rollup row: what happened to one task's recipients of one channel during one quarter hour (UTC).
/// Rows are changed only by <see cref="MessageStatisticsRollup"/>, in the same transaction as the
/// task's own counters, so statistics never need the recipients. The task's dimensions (product, app,
/// signature, templates) are copied in, so a query groups rollup rows alone and any task kind (smart
/// now, video later) writes the same rows. Quarter hours, because every time zone's offset is a
/// multiple of 15 minutes: hours, days and months of any zone are unions of whole slots.
/// </summary>
public sealed class MessageStatistic : Entity, ITenantOwned
{
    private MessageStatistic()
    {
    }

    public Guid TenantId { get; set; }

    /// <summary>The start of the quarter hour, UTC.</summary>
    public DateTime Slot { get; private set; }

    public Guid TaskId { get; private set; }

    public MessageProduct Product { get; private set; }

    public RecipientChannel Channel { get; private set; }

    public Guid SmsAppId { get; private set; }

    public Guid SignatureId { get; private set; }

    public Guid? SmsTemplateId { get; private set; }

    /// <summary>The smart template of a smart task (the video template of a video task).</summary>
    public Guid? TemplateId { get; private set; }

    public int Submitted { get; private set; }

    public int Sent { get; private set; }

    public int Delivered { get; private set; }

    public int Failed { get; private set; }

    public int Expired { get; private set; }

    public int Skipped { get; private set; }

    public int Cancelled { get; private set; }

    public int Clicks { get; private set; }

    public int UniqueClicks { get; private set; }

    public static MessageStatistic Create(MessageStatisticScope scope, RecipientChannel channel, DateTime slot, MessageCounts counts) => new()
    {
        TenantId = scope.TenantId,
        Slot = slot,
        TaskId = scope.TaskId,
        Product = scope.Product,
        Channel = channel,
        SmsAppId = scope.SmsAppId,
        SignatureId = scope.SignatureId,
        SmsTemplateId = scope.SmsTemplateId,
        TemplateId = scope.TemplateId,
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

    public MessageCounts Counts => new(Submitted, Sent, Delivered, Failed, Expired, Skipped, Cancelled, Clicks, UniqueClicks);
}
