using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// A send task of either kind: smart messages (发送智能信息) or video SMS (发送视频短信, the basic
/// edition). Numbers are parsed and counted at creation (号码解析: the counts below); the task is stored
/// PREPARING while its recipients and short links are written in the background under a lease
/// (<see cref="Prepared"/> of <see cref="Total"/>), then becomes SCHEDULED or QUEUED, and a background
/// dispatcher that holds the task's lanes sends it in batches. The smart references (card, app, signature, SMS
/// template, link domain and validity) are set on SMART tasks only, the video template and expiry on
/// VIDEO tasks only; everything after creation (dispatch, receipts, counters, cancellation) is shared.
/// </summary>
public sealed class SendTask : Entity, ITenantOwned, IVersioned, ISoftDeletable, INodeEntity
{
    public const int NameMax = 30;
    public const int FailureReasonMax = 300;

    public static string GraphTypeName => "SendTask";

    public static string Noun => "send task";

    /// <summary>The states a task never leaves: it can be deleted, and what it uses is free again.</summary>
    public static readonly IReadOnlyList<SendTaskStatus> FinalStatuses =
        [SendTaskStatus.Completed, SendTaskStatus.CompletedWithFailures, SendTaskStatus.Failed, SendTaskStatus.Cancelled];

    public DateTime? DeletedAt { get; set; }

    private SendTask()
    {
    }

    public Guid TenantId { get; set; }

    public long Version { get; set; }

    public string Name { get; private set; } = null!;

    public string? IdempotencyKey { get; private set; }

    public SendTaskKind Kind { get; private set; }

    public Guid? SmartTemplateId { get; private set; }

    public Guid? SmsAppId { get; private set; }

    public Guid? SignatureId { get; private set; }

    public Guid? SmsTemplateId { get; private set; }

    public string? Domain { get; private set; }

    public int? LinkValidityDays { get; private set; }

    /// <summary>VIDEO: the approved video template whose approved revision is sent.</summary>
    public Guid? VideoTemplateId { get; private set; }

    /// <summary>VIDEO: a handed-over message without a receipt after this many hours is EXPIRED (1–72).</summary>
    public int? ExpiryHours { get; private set; }

    public SendMode SendMode { get; private set; }

    public DateTime? ScheduledAt { get; private set; }

    public bool Trial { get; private set; }

    public NumberSource NumberSource { get; private set; }

    public Guid? NumberFileId { get; private set; }

    public FallbackPolicy Fallback { get; private set; }

    public SendTaskStatus Status { get; private set; }

    /// <summary>Numbers after de-duplication (= invalid + resolvable + unresolvable).</summary>
    public int Total { get; private set; }

    public int Invalid { get; private set; }

    public int Resolvable { get; private set; }

    public int Unresolvable { get; private set; }

    /// <summary>Recipients that will be sent: resolvable, plus unresolvable when there is a fallback.</summary>
    public int Submitted { get; private set; }

    public int Skipped { get; private set; }

    /// <summary>Accepted by the gateway.</summary>
    public int Sent { get; private set; }

    public int Delivered { get; private set; }

    public int Failed { get; private set; }

    public int Expired { get; private set; }

    public int Clicks { get; private set; }

    public int UniqueClicks { get; private set; }

    /// <summary>Clicks on the card page's buttons (each also recorded as a short-link click with its button id).</summary>
    public int ButtonClicks { get; private set; }

    /// <summary>Recipients written so far by the preparation (= <see cref="Total"/> once it is done).</summary>
    public int Prepared { get; private set; }

    /// <summary>The <see cref="Hosting.InstanceIdentity"/> writing the recipients while PREPARING, or null.</summary>
    public string? PreparationOwner { get; private set; }

    /// <summary>While PREPARING: the preparation lease's expiry; an owner that stops renewing it has died.</summary>
    public DateTime? PreparationUntil { get; private set; }

    /// <summary>Why a task FAILED without sending (an interrupted preparation), or null.</summary>
    public string? FailureReason { get; private set; }

    public DateTime? StartedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public bool IsTerminal => IsTerminalStatus(Status);

    /// <summary>Whether a task in <paramref name="status"/> will never change again.</summary>
    public static bool IsTerminalStatus(SendTaskStatus status)
        => status is SendTaskStatus.Completed or SendTaskStatus.CompletedWithFailures or SendTaskStatus.Failed or SendTaskStatus.Cancelled;

    public static SendTask Create(SendTaskDefinition definition, NumberParseResult numbers)
    {
        var task = new SendTask
        {
            Kind = SendTaskKind.Smart,
            Name = definition.Name.Trim(),
            IdempotencyKey = definition.IdempotencyKey,
            SmartTemplateId = definition.SmartTemplateId,
            SmsAppId = definition.SmsAppId,
            SignatureId = definition.SignatureId,
            SmsTemplateId = definition.SmsTemplateId,
            Domain = definition.Domain,
            LinkValidityDays = definition.LinkValidityDays,
            SendMode = definition.SendMode,
            ScheduledAt = definition.ScheduledAt,
            Trial = definition.Trial,
            NumberSource = definition.NumberSource,
            NumberFileId = definition.NumberFileId,
            Fallback = definition.Fallback,
            Status = SendTaskStatus.Preparing,
        };
        task.Count(numbers);
        return task;
    }

    /// <summary>A video task: every valid number is sent (there is no card capability to resolve, so no fallback).</summary>
    public static SendTask CreateVideo(VideoTaskDefinition definition, NumberParseResult numbers)
    {
        var task = new SendTask
        {
            Kind = SendTaskKind.Video,
            Name = definition.Name.Trim(),
            IdempotencyKey = definition.IdempotencyKey,
            VideoTemplateId = definition.VideoTemplateId,
            ExpiryHours = definition.ExpiryHours,
            SendMode = definition.SendMode,
            ScheduledAt = definition.ScheduledAt,
            NumberSource = definition.NumberSource,
            NumberFileId = definition.NumberFileId,
            Fallback = FallbackPolicy.None,
            Status = SendTaskStatus.Preparing,
        };
        task.Count(numbers);
        return task;
    }

    /// <summary>What a task becomes once its recipients are written: it waits for its time, or is due now.</summary>
    public SendTaskStatus ReadyStatus => SendMode == SendMode.Scheduled ? SendTaskStatus.Scheduled : SendTaskStatus.Queued;

    /// <summary>A new task starts PREPARING, its lease held by <paramref name="owner"/> until <paramref name="until"/>.</summary>
    public void BeginPreparation(string owner, DateTime until)
    {
        Status = SendTaskStatus.Preparing;
        PreparationOwner = owner;
        PreparationUntil = until;
    }

    /// <summary>The 号码解析 counters: a task is created with them (after its recipients are written).</summary>
    private void Count(NumberParseResult numbers)
    {
        Total = numbers.Total;
        Invalid = numbers.Invalid;
        Resolvable = numbers.Resolvable;
        Unresolvable = numbers.Unresolvable;
        Submitted = numbers.SubmittedWith(Fallback);
        Skipped = Total - Submitted;
    }

    /// <summary>The recipients that will be sent, per channel: smart cards, the fallback of unresolvable numbers, or video messages.</summary>
    public IEnumerable<(RecipientChannel Channel, int Count)> SubmittedByChannel()
        => new[] { (Capability: RecipientCapability.Resolvable, Count: Resolvable), (Capability: RecipientCapability.Unresolvable, Count: Unresolvable) }
            .Select(c => (Channel: Recipient.ChannelFor(Kind, c.Capability, Fallback), c.Count))
            .Where(c => c.Count > 0 && c.Channel != RecipientChannel.Skipped)
            .GroupBy(c => c.Channel, (channel, counts) => (channel, counts.Sum(c => c.Count)));

    public void Cancel(DateTime now)
    {
        if (Status is not (SendTaskStatus.Preparing or SendTaskStatus.Scheduled or SendTaskStatus.Queued))
            throw new DomainException(new InvalidStateError(EnumNames.Of(Status),
                "Only a PREPARING, SCHEDULED or QUEUED task can be cancelled; sending has started or finished."));
        Status = SendTaskStatus.Cancelled;
        CompletedAt = now;
    }
}
