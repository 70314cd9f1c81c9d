using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// A smart-message send task (发送智能信息). Numbers are parsed at creation (号码解析: the counts
/// below); a background dispatcher that holds the task's lease sends it in batches.
/// </summary>
public sealed class SendTask : Entity, ITenantOwned, IVersioned, INodeEntity
{
    public const int NameMax = 30;

    public static string GraphTypeName => "SendTask";

    public static string Noun => "send task";

    private SendTask()
    {
    }

    public Guid TenantId { get; set; }

    public long Version { get; set; }

    public string Name { get; private set; } = null!;

    public string? IdempotencyKey { get; private set; }

    public Guid SmartTemplateId { get; private set; }

    public Guid SmsAppId { get; private set; }

    public Guid SignatureId { get; private set; }

    public Guid SmsTemplateId { get; private set; }

    public string Domain { get; private set; } = null!;

    public int LinkValidityDays { get; private set; }

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

    public DateTime? StartedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTime? LeaseUntil { get; private set; }

    public bool IsTerminal => IsTerminalStatus(Status);

    /// <summary>Whether a task in <paramref name="status"/> will never change again.</summary>
    public static bool IsTerminalStatus(SendTaskStatus status)
        => status is SendTaskStatus.Completed or SendTaskStatus.CompletedWithFailures or SendTaskStatus.Failed or SendTaskStatus.Cancelled;

    public static SendTask Create(SendTaskDefinition definition, NumberParseResult numbers)
    {
        var task = new SendTask
        {
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
            Status = definition.SendMode == SendMode.Scheduled ? SendTaskStatus.Scheduled : SendTaskStatus.Queued,
            Total = numbers.Total,
            Invalid = numbers.Invalid,
            Resolvable = numbers.Resolvable,
            Unresolvable = numbers.Unresolvable,
            Submitted = numbers.SubmittedWith(definition.Fallback),
        };
        task.Skipped = task.Total - task.Submitted;
        return task;
    }

    /// <summary>The recipients that will be sent, per channel: resolvable ones as smart cards, the others by the fallback.</summary>
    public IEnumerable<(RecipientChannel Channel, int Count)> SubmittedByChannel()
    {
        if (Resolvable > 0)
            yield return (RecipientChannel.Smart, Resolvable);
        var fallback = Recipient.ChannelFor(RecipientCapability.Unresolvable, Fallback);
        if (Unresolvable > 0 && fallback != RecipientChannel.Skipped)
            yield return (fallback, Unresolvable);
    }

    public void Cancel(DateTime now)
    {
        if (Status is not (SendTaskStatus.Scheduled or SendTaskStatus.Queued))
            throw new DomainException(new InvalidStateError(EnumNames.Of(Status),
                "Only a SCHEDULED or QUEUED task can be cancelled; sending has started or finished."));
        Status = SendTaskStatus.Cancelled;
        CompletedAt = now;
    }
}
