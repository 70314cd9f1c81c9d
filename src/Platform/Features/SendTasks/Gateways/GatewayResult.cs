namespace KooMessage.Platform.Features.SendTasks.Gateways;

/// <summary>The gateway's answer for one message: accepted, or refused with a code (a permanent failure).</summary>
public sealed record GatewayResult(string MessageId, bool Accepted, string? ErrorCode);
