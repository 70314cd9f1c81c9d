using KooMessage.Platform.Data;
using KooMessage.Platform.Features.Quotas;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// Ends a task once every recipient has its outcome: the counters say so when delivered + failed +
/// expired reach submitted (invalid and skipped recipients start final and are not in submitted).
/// One conditional update, run by whoever changes the last outcome — the dispatcher (a refusal) or
/// the receipt path (a receipt or an expiry) — in the transaction that changed the counters, so
/// status and counters agree at every moment and exactly one writer ends the task.
/// </summary>
public static class SendTaskCompletion
{
    /// <returns>1 when the task ended now, 0 when outcomes are still outstanding (or it had ended already).</returns>
    /// <remarks>The task that ends here releases what it reserved and did not consume (<see cref="QuotaSettlement"/>), in the same transaction.</remarks>
    public static async Task<int> CompleteIfResolvedAsync(KooMessageDbContext db, IQueryable<SendTask> tasks, Guid taskId, DateTime now,
        CancellationToken cancellationToken)
    {
        var ended = await tasks
            .Where(t => t.Id == taskId && (t.Status == SendTaskStatus.Sending || t.Status == SendTaskStatus.Sent)
                && t.Delivered + t.Failed + t.Expired >= t.Submitted)
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Status, t => t.Sent == 0 && t.Submitted > 0 ? SendTaskStatus.Failed
                    : t.Failed + t.Expired > 0 ? SendTaskStatus.CompletedWithFailures : SendTaskStatus.Completed)
                .SetProperty(t => t.CompletedAt, now), cancellationToken);
        if (ended == 1)
            await QuotaSettlement.ReleaseAsync(db, taskId, cancellationToken);
        return ended;
    }
}
