using KooMessage.Platform.Data;

namespace KooMessage.Platform.Features.SendTasks.Gateways;

/// <summary>
/// Where messages leave the platform. Must accept a message id at most once (re-sends after a crash
/// are answered as accepted without sending again). Throws <see cref="GatewayUnavailableException"/>
/// when the batch could not be handed over at all; the dispatcher retries it with back-off.
/// </summary>
public interface IMessageGateway
{
    /// <summary>
    /// True when handing a batch over is a write to the platform's own database (the Sandbox's carrier
    /// log): the dispatcher then calls <see cref="SendAsync"/> inside the batch's transaction, which also
    /// renews the lane's lease and records the recipients' states, so the hand-over and its record
    /// commit together or not at all. False for a gateway that leaves the process: it is called outside
    /// any transaction (no database lock is held while it answers), and the record follows.
    /// </summary>
    bool InDatabase { get; }

    /// <param name="db">The dispatcher's context inside the batch's transaction when <see cref="InDatabase"/>; otherwise null.</param>
    Task<IReadOnlyList<GatewayResult>> SendAsync(IReadOnlyList<OutgoingMessage> batch, KooMessageDbContext? db, CancellationToken cancellationToken);
}
