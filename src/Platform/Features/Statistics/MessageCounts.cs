using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Features.Statistics;

/// <summary>
/// The counters of a statistic, each counted at the time of its event: submitted and skipped when
/// the task is created (a cancellation moves submitted to cancelled at that same time), sent when
/// the gateway accepted, delivered/failed/expired when the outcome became known, clicks when clicked.
/// </summary>
public sealed record MessageCounts(
    int Submitted = 0, int Sent = 0, int Delivered = 0, int Failed = 0, int Expired = 0,
    int Skipped = 0, int Cancelled = 0, int Clicks = 0, int UniqueClicks = 0)
{
    public static readonly MessageCounts Zero = new();

    public bool IsZero => this == Zero;

    public static MessageCounts operator +(MessageCounts a, MessageCounts b) => new(
        a.Submitted + b.Submitted, a.Sent + b.Sent, a.Delivered + b.Delivered, a.Failed + b.Failed, a.Expired + b.Expired,
        a.Skipped + b.Skipped, a.Cancelled + b.Cancelled, a.Clicks + b.Clicks, a.UniqueClicks + b.UniqueClicks);

    public static MessageCounts operator -(MessageCounts a) => new(
        -a.Submitted, -a.Sent, -a.Delivered, -a.Failed, -a.Expired, -a.Skipped, -a.Cancelled, -a.Clicks, -a.UniqueClicks);

    /// <summary><paramref name="rows"/> recipients answered with <paramref name="outcome"/> (a receipt's delivered, failed or expired).</summary>
    public static MessageCounts Answered(RecipientState outcome, int rows) => outcome switch
    {
        RecipientState.Delivered => new MessageCounts(Delivered: rows),
        RecipientState.Failed => new MessageCounts(Failed: rows),
        RecipientState.Expired => new MessageCounts(Expired: rows),
        _ => Zero,
    };

    /// <summary>Delivered per sent; null before anything was sent.</summary>
    public double? DeliveryRate => Sent == 0 ? null : (double)Delivered / Sent;

    /// <summary>Unique clicks (recipients who opened their link) per delivered message; null before any delivery.</summary>
    public double? ClickRate => Delivered == 0 ? null : (double)UniqueClicks / Delivered;
}
