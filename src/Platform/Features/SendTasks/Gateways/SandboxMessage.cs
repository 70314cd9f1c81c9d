using KooMessage.Platform.Data;

namespace KooMessage.Platform.Features.SendTasks.Gateways;

/// <summary>
/// A message the Sandbox gateway "sent": the simulated carrier's log (platform data, not a tenant's).
/// The unique message id is what makes re-sends harmless.
/// </summary>
public sealed class SandboxMessage : Entity
{
    private SandboxMessage()
    {
    }

    public string MessageId { get; private set; } = null!;

    public Guid TenantId { get; private set; }

    public Guid TaskId { get; private set; }

    public string Phone { get; private set; } = null!;

    public RecipientChannel Channel { get; private set; }

    public string Text { get; private set; } = null!;

    public string? ShortLinkUrl { get; private set; }

    public bool Trial { get; private set; }

    /// <summary>The instance (<see cref="Hosting.InstanceIdentity"/>) whose dispatcher handed the message over: who sent which share.</summary>
    public string Instance { get; private set; } = null!;

    /// <summary>A VIDEO message's template, parameters and media, as JSON (<see cref="VideoPayload"/>).</summary>
    public string? Video { get; private set; }

    /// <summary>The card's values by parameter name, as a JSON object (SMART messages).</summary>
    public string? CardParameters { get; private set; }

    /// <summary>The service number the message is sent under, if any.</summary>
    public Guid? ServiceNumberId { get; private set; }

    /// <summary>That service number's identity as the webhook sends it (<see cref="SenderPayload"/>), as JSON.</summary>
    public string? Sender { get; private set; }

    public RecipientState? Receipt { get; private set; }

    public DateTime? ReceiptAt { get; private set; }

    public static SandboxMessage From(OutgoingMessage message, string instance) => new()
    {
        Instance = instance,
        MessageId = message.MessageId,
        TenantId = message.TenantId,
        TaskId = message.TaskId,
        Phone = message.Phone,
        Channel = message.Channel,
        Text = message.Text,
        ShortLinkUrl = message.ShortLinkUrl,
        Trial = message.Trial,
        Video = VideoPayload.Serialize(message.Video),
        CardParameters = message.CardParameters is null ? null : System.Text.Json.JsonSerializer.Serialize(message.CardParameters),
        ServiceNumberId = message.Sender?.ServiceNumberId,
        Sender = SenderPayload.Serialize(message.Sender),
    };
}
