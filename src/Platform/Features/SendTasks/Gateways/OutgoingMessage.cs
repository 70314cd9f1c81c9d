using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Features.SendTasks.Gateways;

/// <summary>
/// One message handed to a gateway. <see cref="MessageId"/> is stable per recipient: a batch sent
/// again after a crash carries the same ids, and gateways accept each id once.
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
    IReadOnlyDictionary<string, string>? CardParameters = null);
