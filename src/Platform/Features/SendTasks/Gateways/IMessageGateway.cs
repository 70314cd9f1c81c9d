namespace KooMessage.Platform.Features.SendTasks.Gateways;

/// <summary>
/// Where messages leave the platform. Must accept a message id at most once (re-sends after a crash
/// are answered as accepted without sending again). Throws <see cref="GatewayUnavailableException"/>
/// when the batch could not be handed over at all; the dispatcher retries it with back-off.
/// </summary>
public interface IMessageGateway
{
    Task<IReadOnlyList<GatewayResult>> SendAsync(IReadOnlyList<OutgoingMessage> batch, CancellationToken cancellationToken);
}
