using KooMessage.Platform.Data;
using KooMessage.Platform.Features.Quotas;
using KooMessage.Platform.Events;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.Statistics;
using KooMessage.Platform.Observability;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>
/// Applies delivery receipts: SUBMITTED → DELIVERED | FAILED | EXPIRED, and the task's counters.
/// Idempotent per (message, outcome): each change is a conditional update on the recipient's state,
/// and counters grow by the rows actually changed, so a repeated receipt changes nothing. Receipts
/// arrive from the gateway, outside any tenant: this is the one place that writes them across tenants.
/// A receipt may overtake the dispatcher's record of the hand-over (the process died between the
/// gateway's acceptance and that record, or the carrier is quick): it proves the message was sent, so
/// a still PENDING recipient goes straight to the outcome and counts as sent here; the dispatcher's
/// own record, conditional on PENDING, then changes nothing. The receipt that settles a task's last
/// outcome ends the task, in the same transaction (<see cref="SendTaskCompletion"/>), which also writes
/// the app's callback events for the recipients it changed (<see cref="ReceiptCallbacks"/>).
/// </summary>
public sealed class ReceiptProcessor(KooMessageDbContext db, IEventBus bus, PlatformMetrics metrics, TimeProvider clock, ReceiptCallbacks callbacks,
    ILogger<ReceiptProcessor> logger)
{
    public async Task<int> ApplyAsync(IReadOnlyList<Receipt> receipts, CancellationToken cancellationToken)
    {
        using var span = PlatformTelemetry.Source.StartActivity("receipt batch");
        span?.SetTag("koomessage.receipts.received", receipts.Count);
        var applied = await ApplyAllAsync(receipts, cancellationToken);
        span?.SetTag("koomessage.receipts.applied", applied);
        return applied;
    }

    private async Task<int> ApplyAllAsync(IReadOnlyList<Receipt> receipts, CancellationToken cancellationToken)
    {
        var byId = new Dictionary<Guid, Receipt>();
        foreach (var receipt in receipts)
        {
            if (Guid.TryParseExact(receipt.MessageId, "N", out var id))
                byId[id] = receipt;
        }
        if (byId.Count == 0)
            return 0;

        // The receipts' ids go as one array parameter (EF.Parameter), not a parameter each: see the dispatcher's record of a batch.
        var ids = byId.Keys.ToList();
        var owners = await db.Set<Recipient>().IgnoreQueryFilters()
            .Where(r => EF.Parameter(ids).Contains(r.Id))
            .Select(r => new { r.Id, r.TaskId, r.TenantId, r.Channel })
            .ToListAsync(cancellationToken);

        var applied = 0;
        foreach (var task in owners.GroupBy(o => (o.TaskId, o.TenantId)))
        {
            var changed = await db.InTransactionAsync(async ct =>
            {
                var scope = await MessageStatisticScope.Select(db.Set<SendTask>().IgnoreQueryFilters().Where(t => t.Id == task.Key.TaskId)).FirstAsync(ct);
                int sent = 0, delivered = 0, failed = 0, expired = 0;
                var app = await callbacks.AppOfTaskAsync(db, task.Key.TaskId, ct);
                var receipted = new List<CallbackEvents.ReceiptItem>();
                foreach (var outcome in task.GroupBy(o => (byId[o.Id].Outcome, byId[o.Id].ErrorCode, o.Channel)))
                {
                    var group = outcome.Select(o => o.Id).ToList();
                    var at = outcome.Max(o => byId[o.Id].At);
                    if (app is not null)
                    {
                        var state = outcome.Key.Outcome;
                        receipted.AddRange(await callbacks.CaptureAsync(db.Set<Recipient>().IgnoreQueryFilters().Where(r => EF.Parameter(group).Contains(r.Id)
                                && (r.State == RecipientState.Submitted || (r.State == RecipientState.Pending && state != RecipientState.Expired))),
                            state, ErrorCodeOf(state, outcome.Key.ErrorCode), at, ct));
                    }
                    var overtaken = await ApplyToPendingAsync(
                        db.Set<Recipient>().IgnoreQueryFilters().Where(r => EF.Parameter(group).Contains(r.Id) && r.State == RecipientState.Pending),
                        outcome.Key.Outcome, outcome.Key.ErrorCode, at, ct);
                    sent += overtaken;
                    // An overtaken hand-over counts as sent at the receipt's time, as its SubmittedAt says; a pending recipient has no service number.
                    var overtakenCounts = MessageCounts.Answered(outcome.Key.Outcome, overtaken);
                    await MessageStatisticsRollup.AddAsync(db, scope, outcome.Key.Channel, null, at, overtakenCounts with { Sent = overtaken }, ct);
                    var outcomeCounts = overtakenCounts;
                    var answeredInAll = 0;
                    // Submitted recipients keep the service number they were accepted under, and none of the group is pending any more
                    // (the update above took or waited for them), so each service number's rows are counted into its own rollup.
                    var submitted = db.Set<Recipient>().IgnoreQueryFilters().Where(r => EF.Parameter(group).Contains(r.Id) && r.State == RecipientState.Submitted);
                    foreach (var serviceNumberId in await submitted.Select(r => r.ServiceNumberId).Distinct().ToListAsync(ct))
                    {
                        var recipients = submitted.Where(r => r.ServiceNumberId == serviceNumberId);
                        var answered = outcome.Key.Outcome switch
                        {
                            RecipientState.Delivered => await recipients.ExecuteUpdateAsync(s => s
                                .SetProperty(r => r.State, RecipientState.Delivered).SetProperty(r => r.DeliveredAt, at).SetProperty(r => r.FinishedAt, at), ct),
                            RecipientState.Failed => await recipients.ExecuteUpdateAsync(s => s
                                .SetProperty(r => r.State, RecipientState.Failed).SetProperty(r => r.ErrorCode, ErrorCodeOf(RecipientState.Failed, outcome.Key.ErrorCode))
                                .SetProperty(r => r.FinishedAt, at), ct),
                            RecipientState.Expired => await recipients.ExecuteUpdateAsync(s => s
                                .SetProperty(r => r.State, RecipientState.Expired).SetProperty(r => r.ErrorCode, ErrorCodeOf(RecipientState.Expired, null)).SetProperty(r => r.FinishedAt, at), ct),
                            _ => 0,
                        };
                        var counts = MessageCounts.Answered(outcome.Key.Outcome, answered);
                        await MessageStatisticsRollup.AddAsync(db, scope, outcome.Key.Channel, serviceNumberId, at, counts, ct);
                        outcomeCounts += counts;
                        answeredInAll += answered;
                    }
                    delivered += outcomeCounts.Delivered;
                    failed += outcomeCounts.Failed;
                    expired += outcomeCounts.Expired;
                    // An overtaken hand-over was accepted by the gateway: it consumes like one the dispatcher recorded. Expired messages are not charged.
                    await QuotaSettlement.ConsumeAsync(db, task.Key.TaskId, [(outcome.Key.Channel, overtaken)], ct);
                    if (outcome.Key.Outcome == RecipientState.Expired)
                        await QuotaSettlement.RefundExpiredAsync(db, task.Key.TaskId, outcome.Key.Channel, answeredInAll, ct);
                }
                if (delivered + failed + expired > 0)
                {
                    await db.Set<SendTask>().IgnoreQueryFilters().Where(t => t.Id == task.Key.TaskId).ExecuteUpdateAsync(s => s
                        .SetProperty(t => t.Sent, t => t.Sent + sent)
                        .SetProperty(t => t.Delivered, t => t.Delivered + delivered)
                        .SetProperty(t => t.Failed, t => t.Failed + failed)
                        .SetProperty(t => t.Expired, t => t.Expired + expired), ct);
                    await SendTaskCompletion.CompleteIfResolvedAsync(db, db.Set<SendTask>().IgnoreQueryFilters(), task.Key.TaskId,
                        clock.GetUtcNow().UtcDateTime, ct);
                }
                if (app is not null)
                    await callbacks.EnqueueAsync(db, app, receipted, ct);
                return (delivered, failed, expired);
            }, cancellationToken);

            metrics.Receipts.Add(changed.delivered, new KeyValuePair<string, object?>("outcome", "delivered"));
            metrics.Receipts.Add(changed.failed, new KeyValuePair<string, object?>("outcome", "failed"));
            metrics.Receipts.Add(changed.expired, new KeyValuePair<string, object?>("outcome", "expired"));
            var total = changed.delivered + changed.failed + changed.expired;
            applied += total;
            if (total > 0)
                await bus.PublishOrLogAsync(SendTaskProgressed.Topic, new SendTaskProgressed(task.Key.TaskId, task.Key.TenantId), logger);
        }
        return applied;
    }

    /// <summary>The error code a recipient records for an outcome (none when delivered).</summary>
    private static string? ErrorCodeOf(RecipientState outcome, string? reported) => outcome switch
    {
        RecipientState.Failed => reported ?? "UNDELIVERED",
        RecipientState.Expired => "NO_RECEIPT",
        _ => null,
    };

    /// <summary>DELIVERED or FAILED for recipients the dispatcher has not yet recorded as handed over (EXPIRED never applies to them).</summary>
    private static async Task<int> ApplyToPendingAsync(IQueryable<Recipient> pending, RecipientState outcome, string? errorCode, DateTime at,
        CancellationToken cancellationToken) => outcome switch
    {
        RecipientState.Delivered => await pending.ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, RecipientState.Delivered).SetProperty(r => r.SubmittedAt, at).SetProperty(r => r.DeliveredAt, at).SetProperty(r => r.FinishedAt, at)
            .SetProperty(r => r.Attempts, r => r.Attempts + 1).SetProperty(r => r.NextAttemptAt, (DateTime?)null), cancellationToken),
        RecipientState.Failed => await pending.ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, RecipientState.Failed).SetProperty(r => r.SubmittedAt, at).SetProperty(r => r.FinishedAt, at)
            .SetProperty(r => r.ErrorCode, ErrorCodeOf(RecipientState.Failed, errorCode))
            .SetProperty(r => r.Attempts, r => r.Attempts + 1).SetProperty(r => r.NextAttemptAt, (DateTime?)null), cancellationToken),
        _ => 0,
    };
}
