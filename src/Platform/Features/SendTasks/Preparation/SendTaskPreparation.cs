using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Events;
using KooMessage.Platform.Features.Quotas;
using KooMessage.Platform.Features.Statistics;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Hosting;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.SendTasks.Preparation;

/// <summary>
/// Writes one PREPARING task's recipients and short links: parses its numbers again and writes them in
/// batches, each in a transaction of its own that first checks (and renews) the preparation's lease by a
/// conditional update — so a batch lands only while the task is still PREPARING under this instance's
/// unexpired lease, which <see cref="SendTaskPreparations"/> also renews on a timer meanwhile (a cancelled
/// task, or one another instance ended for dead, gets nothing more), the database never holds one
/// minutes-long write transaction, and <see cref="SendTask.Prepared"/> is the progress. The last step
/// makes the task SCHEDULED or QUEUED, with the counters of what was written, by one conditional update
/// in the transaction that adds its statistics rollups and fits the task's quota reservation to what was
/// written: the dispatcher and the statistics never see a half-written task, nor one whose reservation does
/// not cover what it will send.
/// </summary>
public sealed class SendTaskPreparation(KooMessageDbContext db, TenantContext tenant, SendTaskStore store, QuotaReservations quotas, IEventBus bus,
    InstanceIdentity instance, TimeProvider clock, IOptions<PreparationOptions> options, ILogger<SendTaskPreparation> logger)
{
    private const int CollisionAttempts = 3;

    /// <exception cref="PreparationStopped">The task was cancelled, or taken for dead by another instance.</exception>
    /// <exception cref="PreparationRefused">The tenant's packages do not cover what the preparation found to send.</exception>
    public async Task RunAsync(PreparationJob job, CancellationToken cancellationToken)
    {
        tenant.Set(job.TenantId);
        var task = await db.Set<SendTask>().AsNoTracking().FirstAsync(t => t.Id == job.TaskId, cancellationToken);
        var plan = job.Links;
        var expiresAt = plan is null ? default : clock.GetUtcNow().UtcDateTime.AddDays(plan.ValidityDays);
        var landing = plan?.LandingUrl.Replace("{task}", GlobalId.Encode("SendTask", task.Id), StringComparison.Ordinal);
        var batchSize = Math.Max(1, options.Value.BatchSize);
        var batch = new List<ParsedRecipient>(batchSize);
        // The statistics rollups of what will be sent or skipped, per channel: added when the task is ready, not before.
        var byChannel = new Dictionary<RecipientChannel, MessageCounts>();

        async Task FlushAsync()
        {
            if (batch.Count == 0)
                return;
            for (var attempt = 1; ; attempt++)
            {
                // Built afresh on each attempt: a short-link code that collided gets a new one.
                var recipients = new List<Recipient>(batch.Count);
                var links = new List<ShortLink>(plan is null ? 0 : batch.Count);
                foreach (var row in batch)
                {
                    var channel = Recipient.ChannelFor(task.Kind, row.Capability, task.Fallback);
                    var code = plan is not null && Recipient.CarriesShortLink(channel) ? ShortLinkCodes.Next() : null;
                    var recipient = Recipient.For(task, row, code);
                    recipients.Add(recipient);
                    if (attempt == 1)
                    {
                        var counted = recipient.State == RecipientState.Pending ? new MessageCounts(Submitted: 1) : new MessageCounts(Skipped: 1);
                        byChannel[channel] = byChannel.GetValueOrDefault(channel, MessageCounts.Zero) + counted;
                    }
                    if (code is not null)
                        links.Add(ShortLink.Create(task.TenantId, code, plan!.Domain, task.Id, recipient.Id, row.CustomUrl ?? landing!, expiresAt));
                }
                try
                {
                    var written = await db.InTransactionAsync(async ct =>
                    {
                        var until = clock.GetUtcNow().UtcDateTime + options.Value.LeaseDuration;
                        var renewed = await Mine(task.Id).ExecuteUpdateAsync(s => s
                            .SetProperty(t => t.Prepared, t => t.Prepared + recipients.Count)
                            .SetProperty(t => t.PreparationUntil, until), ct);
                        if (renewed == 0)
                            return false;
                        await db.BulkInsertAsync(recipients, ct);
                        await db.BulkInsertAsync(links, ct);
                        return true;
                    }, cancellationToken);
                    if (!written)
                        throw new PreparationStopped();
                    break;
                }
                catch (Exception ex) when (attempt < CollisionAttempts && UniqueConstraint.IsViolation(ex)
                    && (ex.InnerException ?? ex).Message.Contains("ShortLinks", StringComparison.Ordinal))
                {
                    logger.LogInformation("A short-link code of task {TaskId} collided; writing the batch again with fresh codes", task.Id);
                }
            }
            batch.Clear();
            await bus.PublishOrLogAsync(SendTaskProgressed.Topic, new SendTaskProgressed(task.Id, task.TenantId), logger);
        }

        var parsed = await store.ParseAsync(job.Numbers, row =>
        {
            batch.Add(row);
            return batch.Count >= batchSize ? new ValueTask(FlushAsync()) : ValueTask.CompletedTask;
        }, cancellationToken);
        await FlushAsync();

        // The counters of what was written (the same parse as the creating request's, unless the non-capable ranges changed meanwhile).
        var submitted = parsed.SubmittedWith(task.Fallback);
        var demand = QuotaRules.Demand(byChannel.Select(c => (c.Key, c.Value.Submitted)), job.PlainSmsSegments);
        IReadOnlyList<QuotaProduct> reservedMore = [];
        int ready;
        try
        {
            ready = await db.InTransactionAsync(async ct =>
            {
                var changed = await Mine(task.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.Status, task.ReadyStatus)
                    .SetProperty(t => t.PreparationOwner, (string?)null)
                    .SetProperty(t => t.PreparationUntil, (DateTime?)null)
                    .SetProperty(t => t.Total, parsed.Total)
                    .SetProperty(t => t.Invalid, parsed.Invalid)
                    .SetProperty(t => t.Resolvable, parsed.Resolvable)
                    .SetProperty(t => t.Unresolvable, parsed.Unresolvable)
                    .SetProperty(t => t.Submitted, submitted)
                    .SetProperty(t => t.Skipped, parsed.Total - submitted), ct);
                if (changed == 1)
                {
                    foreach (var (channel, counts) in byChannel)
                        await MessageStatisticsRollup.AddAsync(db, MessageStatisticScope.Of(task), channel, null, task.CreatedAt, counts, ct);
                    reservedMore = await quotas.RefitAsync(task, job.PlainSmsSegments, demand, ct);
                    await db.SaveChangesAsync(ct);
                }
                return changed;
            }, cancellationToken);
        }
        catch (DomainException ex) when (ex.Errors.Any(e => e is LimitExceededError))
        {
            throw new PreparationRefused("The numbers' card support changed while the task was prepared, and the tenant's packages do not cover "
                + "the difference: " + ex.Message + " Grant more and create the task again.");
        }
        db.ChangeTracker.Clear();
        if (ready == 0)
            throw new PreparationStopped();
        await quotas.PublishLowBalancesAsync(task.TenantId, reservedMore, cancellationToken);
        await bus.PublishOrLogAsync(SendTaskProgressed.Topic, new SendTaskProgressed(task.Id, task.TenantId), logger);
    }

    /// <summary>The task while it is PREPARING under this instance's lease, which has not run out at <paramref name="now"/>.</summary>
    public static IQueryable<SendTask> Leased(IQueryable<SendTask> tasks, Guid taskId, string owner, DateTime now)
        => tasks.Where(t => t.Id == taskId && t.Status == SendTaskStatus.Preparing && t.PreparationOwner == owner && t.PreparationUntil >= now);

    private IQueryable<SendTask> Mine(Guid taskId)
        => Leased(db.Set<SendTask>(), taskId, instance.Id, clock.GetUtcNow().UtcDateTime);
}
