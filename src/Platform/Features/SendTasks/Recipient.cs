using KooMessage.Platform.Data;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// One number of a send task and what happened to it. Its id is the gateway message id, so a batch
/// re-sent after a crash carries the same ids and the gateway drops the duplicates.
/// </summary>
public sealed class Recipient : Entity, ITenantOwned
{
    public const int PhoneMax = 32;

    private Recipient()
    {
    }

    public Guid TenantId { get; set; }

    public Guid TaskId { get; private set; }

    /// <summary>Input order; the dispatcher sends in this order.</summary>
    public int Sequence { get; private set; }

    public string Phone { get; private set; } = null!;

    public RecipientCapability Capability { get; private set; }

    public RecipientChannel Channel { get; private set; }

    public RecipientState State { get; private set; }

    public List<string> Variables { get; private set; } = [];

    /// <summary>The card's values in the card's parameter order, in one column (empty when the task maps none).</summary>
    public List<string> Parameters { get; private set; } = [];

    public string? CustomUrl { get; private set; }

    /// <summary>The service number (服务号) the message was sent under, recorded when the gateway took it.</summary>
    public Guid? ServiceNumberId { get; private set; }

    public string? ShortLinkCode { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public DateTime? DeliveredAt { get; private set; }

    /// <summary>When the outcome (DELIVERED, FAILED, EXPIRED) became known; statistics count the outcome at this time.</summary>
    public DateTime? FinishedAt { get; private set; }

    public string? ErrorCode { get; private set; }

    /// <summary>Gateway attempts so far (Webhook retries with back-off).</summary>
    public int Attempts { get; private set; }

    public DateTime? NextAttemptAt { get; private set; }

    public string MessageId => MessageIdOf(Id);

    /// <summary>The gateway message id of the recipient with this row id.</summary>
    public static string MessageIdOf(Guid id) => id.ToString("N");

    public static Recipient For(SendTask task, ParsedRecipient parsed, string? shortLinkCode) => new()
    {
        TaskId = task.Id,
        Sequence = parsed.Sequence,
        Phone = parsed.Phone.Length <= PhoneMax ? parsed.Phone : parsed.Phone[..PhoneMax],
        Capability = parsed.Capability,
        Channel = ChannelFor(task.Kind, parsed.Capability, task.Fallback),
        State = StateFor(task.Kind, parsed.Capability, task.Fallback),
        Variables = parsed.Variables.ToList(),
        Parameters = parsed.Parameters.ToList(),
        CustomUrl = parsed.CustomUrl,
        ShortLinkCode = shortLinkCode,
        ErrorCode = parsed.Problem,
    };

    /// <summary>A recipient that will never be sent starts in its final state, so PENDING means "still to send".</summary>
    public static RecipientState StateFor(SendTaskKind kind, RecipientCapability capability, FallbackPolicy fallback) => capability switch
    {
        RecipientCapability.Invalid => RecipientState.Invalid,
        _ when ChannelFor(kind, capability, fallback) == RecipientChannel.Skipped => RecipientState.Skipped,
        _ => RecipientState.Pending,
    };

    public static RecipientChannel ChannelFor(SendTaskKind kind, RecipientCapability capability, FallbackPolicy fallback) => (kind, capability, fallback) switch
    {
        (_, RecipientCapability.Invalid, _) => RecipientChannel.Skipped,
        (SendTaskKind.Video, _, _) => RecipientChannel.Video,
        (_, RecipientCapability.Resolvable, _) => RecipientChannel.Smart,
        (_, RecipientCapability.Unresolvable, FallbackPolicy.PlainSms) => RecipientChannel.PlainSms,
        (_, RecipientCapability.Unresolvable, FallbackPolicy.BasicEdition) => RecipientChannel.BasicEdition,
        _ => RecipientChannel.Skipped,
    };

    /// <summary>Smart cards and plain-SMS fallbacks carry a personalised short link; basic-edition fallbacks and video messages do not.</summary>
    public static bool CarriesShortLink(RecipientChannel channel) => channel is RecipientChannel.Smart or RecipientChannel.PlainSms;
}
