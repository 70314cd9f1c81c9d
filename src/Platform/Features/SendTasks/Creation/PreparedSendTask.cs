using KooMessage.Platform.Features.Messaging;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>A validated task input with every reference resolved: what creation and preview both start from.</summary>
public sealed record PreparedSendTask(SendTaskDefinition Definition, SmsTemplate Template, SmsSignature Signature, NumberInput Numbers);
