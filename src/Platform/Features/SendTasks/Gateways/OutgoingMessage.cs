using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Features.SendTasks.Gateways;

/// <summary>
/// One message handed to a gateway. <see cref="MessageId"/> is stable per recipient: a batch sent
/// again after a crash carries the same ids, and gateways accept each id once. A VIDEO message's
/// <see cref="Text"/> is its title and <see cref="Video"/> the rest; the other channels are text, and a SMART
/// message also carries its card's values (<see cref="CardParameters"/>, by parameter name) and, when a
/// service number applies, the identity it is sent under (<see cref="Sender"/>).
/// </summary>
public sealed record OutgoingMessage(
    string MessageId,
    Guid TenantId,
    Guid TaskId,
    string Phone,
    RecipientChannel Channel,
    string Text,
    Guid? SmartTemplateId,
    string? ShortLinkUrl,
    bool Trial,
    VideoContent? Video = null,
    IReadOnlyDictionary<string, string>? CardParameters = null,
    SenderIdentity? Sender = null);
