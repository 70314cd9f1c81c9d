using KooMessage.Platform.Features.SendTasks.Gateways;

namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>A recipient read by a <see cref="LaneReader"/> and the message composed for it.</summary>
internal sealed record LaneMessage(DispatchRecipient Recipient, OutgoingMessage Message);
