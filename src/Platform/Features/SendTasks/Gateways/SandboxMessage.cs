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

    /// <summary>The card's values by parameter name, as a JSON object (SMART messages).</summary>
    public string? CardParameters { get; private set; }

    public RecipientState? Receipt { get; private set; }

    public DateTime? ReceiptAt { get; private set; }

    public static SandboxMessage From(OutgoingMessage message) => new()
    {
        MessageId = message.MessageId,
        TenantId = message.TenantId,
        TaskId = message.TaskId,
        Phone = message.Phone,
        Channel = message.Channel,
        Text = message.Text,
        ShortLinkUrl = message.ShortLinkUrl,
        Trial = message.Trial,
        CardParameters = message.CardParameters is null ? null : System.Text.Json.JsonSerializer.Serialize(message.CardParameters),
    };
}
