using KooMessage.Platform.Data;
using KooMessage.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.SendTasks.Gateways;

/// <summary>
/// The default gateway: records each message (once per message id) in its own table, like a
/// carrier's log; <see cref="SandboxReceiptSimulator"/> later answers with delivery receipts. The
/// record is written in the dispatcher's batch transaction (<see cref="IMessageGateway.InDatabase"/>).
/// </summary>
public sealed class SandboxGateway(InstanceIdentity instance) : IMessageGateway
{
    private const string Savepoint = "sandbox_batch";

    public bool InDatabase => true;

    public async Task<IReadOnlyList<GatewayResult>> SendAsync(IReadOnlyList<OutgoingMessage> batch, KooMessageDbContext? db, CancellationToken cancellationToken)
    {
        if (db?.Database.CurrentTransaction is not { } transaction)
            throw new InvalidOperationException("The Sandbox records a batch inside the dispatcher's batch transaction.");
        // Almost always every id is new (the batch's lease renewal, record and states commit together): insert
        // the batch as it is, and only when that collides — ids recorded by an earlier version, which wrote the
        // record apart from the states — go back to the savepoint (PostgreSQL aborts a transaction at a
        // violation otherwise) and insert the ids not recorded yet; the recorded ones count as sent once.
        await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
        try
        {
            await db.BulkInsertAsync(batch.Select(m => SandboxMessage.From(m, instance.Id)).ToList(), cancellationToken);
        }
        catch (Exception ex) when (UniqueConstraint.IsViolation(ex))
        {
            await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
            var ids = batch.Select(m => m.MessageId).ToList();
            var known = (await db.Set<SandboxMessage>().Where(m => ids.Contains(m.MessageId)).Select(m => m.MessageId).ToListAsync(cancellationToken)).ToHashSet();
            await db.BulkInsertAsync(batch.Where(m => !known.Contains(m.MessageId)).Select(m => SandboxMessage.From(m, instance.Id)).ToList(), cancellationToken);
        }
        return batch.Select(m => new GatewayResult(m.MessageId, true, null)).ToList();
    }
}
