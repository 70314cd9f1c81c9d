using KooMessage.Platform.Data;
using KooMessage.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.SendTasks.Gateways;

/// <summary>
/// The default gateway: records each message (once per message id) in its own table, like a
/// carrier's log; <see cref="SandboxReceiptSimulator"/> later answers with delivery receipts.
/// </summary>
public sealed class SandboxGateway(IServiceScopeFactory scopes, InstanceIdentity instance) : IMessageGateway
{
    public async Task<IReadOnlyList<GatewayResult>> SendAsync(IReadOnlyList<OutgoingMessage> batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        // Almost always every id is new: insert the batch as it is, and look up the ids recorded already only
        // when the insert collides (a batch re-sent after a crash, or a second dispatcher on the same lane).
        IReadOnlyList<OutgoingMessage> unrecorded = batch;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await db.BulkInsertAsync(unrecorded.Select(m => SandboxMessage.From(m, instance.Id)).ToList(), cancellationToken);
                return batch.Select(m => new GatewayResult(m.MessageId, true, null)).ToList();
            }
            catch (Exception ex) when (attempt < 3 && UniqueConstraint.IsViolation(ex))
            {
                // Some of these ids are recorded already: they count as sent once; insert the rest.
                var ids = batch.Select(m => m.MessageId).ToList();
                var known = (await db.Set<SandboxMessage>().Where(m => ids.Contains(m.MessageId)).Select(m => m.MessageId).ToListAsync(cancellationToken)).ToHashSet();
                unrecorded = batch.Where(m => !known.Contains(m.MessageId)).ToList();
            }
        }
    }
}
