namespace KooMessage.Platform.Features.SendTasks.Gateways;

/// <summary>A whole batch could not be delivered to the gateway (network, 5xx): try again later.</summary>
public sealed class GatewayUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
