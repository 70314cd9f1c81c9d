using KooMessage.Platform.Data;
using KooMessage.Platform.Features.Quotas;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Statistics;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>Cancelling a task of either kind that has not started sending.</summary>
public static class SendTaskCancellation
{
    /// <returns>The cancelled task, reloaded.</returns>
    public static async Task<SendTask> CancelAsync(KooMessageDbContext db, SendTask task, DateTime now, CancellationToken cancellationToken)
    {
        task.Cancel(now);
        // Conditional on the status: a dispatcher that started the task at the same moment wins cleanly (InvalidStateError here).
        // A PREPARING task has no statistics yet (its preparation adds them when it is ready, conditional on the status,
        // so not after this): cancelled first without them. Its preparation sees the status at its next batch and stops.
        // Either way the task's whole reservation goes back in the transaction that cancels it (it sent nothing): a crash
        // between the two would otherwise leave a cancelled task holding units no path releases any more.
        var cancelled = await db.InTransactionAsync(async ct =>
        {
            var changed = await db.Set<SendTask>()
                .Where(t => t.Id == task.Id && t.Status == SendTaskStatus.Preparing)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, SendTaskStatus.Cancelled).SetProperty(t => t.CompletedAt, task.CompletedAt), ct);
            if (changed == 0)
            {
                changed = await db.Set<SendTask>()
                    .Where(t => t.Id == task.Id && (t.Status == SendTaskStatus.Scheduled || t.Status == SendTaskStatus.Queued))
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, SendTaskStatus.Cancelled).SetProperty(t => t.CompletedAt, task.CompletedAt), ct);
                // Nothing was sent yet: every recipient that would have been is counted as cancelled instead, at the task's creation time.
                if (changed == 1)
                    foreach (var (channel, count) in task.SubmittedByChannel())
                        await MessageStatisticsRollup.AddAsync(db, MessageStatisticScope.Of(task), channel, null, task.CreatedAt,
                            new MessageCounts(Submitted: -count, Cancelled: count), ct);
            }
            if (changed == 1)
                await QuotaSettlement.ReleaseAsync(db, task.Id, ct);
            return changed;
        }, cancellationToken);
        if (cancelled == 0)
            throw new DomainException(new InvalidStateError("SENDING", "Sending has just started; the task can no longer be cancelled."));
        db.ChangeTracker.Clear();
        return await db.Set<SendTask>().AsNoTracking().FirstAsync(t => t.Id == task.Id, cancellationToken);
    }
}
