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
        for (var attempt = 0; ; attempt++)
        {
            var ids = batch.Select(m => m.MessageId).ToList();
            var known = (await db.Set<SandboxMessage>().Where(m => ids.Contains(m.MessageId)).Select(m => m.MessageId).ToListAsync(cancellationToken)).ToHashSet();
            try
            {
                await db.BulkInsertAsync(batch.Where(m => !known.Contains(m.MessageId)).Select(m => SandboxMessage.From(m, instance.Id)).ToList(), cancellationToken);
                return batch.Select(m => new GatewayResult(m.MessageId, true, null)).ToList();
            }
            catch (Exception ex) when (attempt < 3 && UniqueConstraint.IsViolation(ex))
            {
                // Another dispatcher recorded some of these ids meanwhile: they count as sent once; look again.
            }
        }
    }
}
