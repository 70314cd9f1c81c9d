using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using KooMessage.Platform.Data;
using KooMessage.Platform.Events;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.SendTasks.Gateways;
using KooMessage.Platform.Features.Statistics;
using KooMessage.Platform.Hosting;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>
/// Sends due tasks. A task is taken with a lease — a conditional update in the database, so of
/// several instances exactly one owns a task at a time; a crashed owner's lease simply runs out and
/// another instance (or the restarted one) resumes. Recipients go to the gateway in batches; their
/// message ids are their row ids, so a batch re-sent after a crash is accepted once. After each
/// batch, the recipients' states and the task's counters change in one transaction, by conditional
/// updates, so nothing is counted twice even if two owners ever overlapped. On a graceful stop the
/// batch in flight is finished (within <see cref="ShutdownOptions.BatchDrainTimeout"/>) and every lease
/// is handed back at once, so another instance resumes without waiting for the lease to run out.
/// The lease needs no SELECT … FOR UPDATE (SKIP LOCKED): each provider makes the conditional UPDATE
/// atomic — SQLite has one writer; PostgreSQL and SQL Server lock the row, and a second UPDATE that
/// waited for it re-checks the condition against the winner's values and changes nothing. The
/// candidate query may name a task another instance is taking; losing that race costs one UPDATE.
/// </summary>
public sealed class SendTaskDispatcher(
    IServiceScopeFactory scopes,
    IOptions<DispatchOptions> options,
    IOptions<GatewayOptions> gatewayOptions,
    IOptions<ShutdownOptions> shutdown,
    TimeProvider clock,
    ILogger<SendTaskDispatcher> logger) : BackgroundService
{
    private const int MaxConcurrentTasks = 4;
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30)];

    private readonly string _owner = $"{Environment.MachineName}/{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<Guid, Task> _running = new();

    /// <summary>Cancels a batch in flight: only when a stop's drain budget is spent, not when the stop begins.</summary>
    private readonly CancellationTokenSource _abandonBatches = new();
    private readonly PartitionedRateLimiter<Guid> _limiter = PartitionedRateLimiter.Create<Guid, Guid>(tenant =>
        RateLimitPartition.GetTokenBucketLimiter(tenant, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.Value.MessagesPerSecondPerTenant,
            TokensPerPeriod = options.Value.MessagesPerSecondPerTenant,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = int.MaxValue,
            AutoReplenishment = true,
        }));

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await LeaseDueTasksAsync(stoppingToken) == 0)
                    await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Leasing send tasks failed; retrying");
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
        }
        // Stopping: running tasks finish their batch in flight and hand their leases back.
        await Task.WhenAll(_running.Values);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _abandonBatches.CancelAfter(shutdown.Value.BatchDrainTimeout);
        await using var hostGivesUp = cancellationToken.Register(_abandonBatches.Cancel);
        await base.StopAsync(cancellationToken);
    }

    /// <returns>How many tasks were newly leased.</returns>
    private async Task<int> LeaseDueTasksAsync(CancellationToken stoppingToken)
    {
        foreach (var finished in _running.Where(r => r.Value.IsCompleted).Select(r => r.Key).ToList())
            _running.TryRemove(finished, out _);
        if (_running.Count >= MaxConcurrentTasks)
            return 0;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var now = Now;
        // The dispatcher serves every tenant: it reads and leases across tenants by design, here only.
        var tasks = db.Set<SendTask>().IgnoreQueryFilters();
        await tasks.Where(t => t.Status == SendTaskStatus.Scheduled && t.ScheduledAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, SendTaskStatus.Queued), stoppingToken);
        var candidates = await tasks
            .Where(t => (t.Status == SendTaskStatus.Queued || t.Status == SendTaskStatus.Sending) && (t.LeaseUntil == null || t.LeaseUntil < now))
            .OrderBy(t => t.CreatedAt)
            .Select(t => t.Id)
            .Take(MaxConcurrentTasks)
            .ToListAsync(stoppingToken);

        var leased = 0;
        foreach (var id in candidates.Where(id => !_running.ContainsKey(id)))
        {
            if (_running.Count >= MaxConcurrentTasks)
                break;
            var until = now + options.Value.LeaseDuration;
            var won = await tasks
                .Where(t => t.Id == id && (t.Status == SendTaskStatus.Queued || t.Status == SendTaskStatus.Sending) && (t.LeaseUntil == null || t.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.LeaseOwner, _owner)
                    .SetProperty(t => t.LeaseUntil, until)
                    .SetProperty(t => t.Status, SendTaskStatus.Sending)
                    .SetProperty(t => t.StartedAt, t => t.StartedAt ?? now), stoppingToken);
            if (won == 1)
            {
                leased++;
                _running[id] = Task.Run(() => RunLeasedTaskAsync(id, stoppingToken), CancellationToken.None);
            }
        }
        return leased;
    }

    private async Task RunLeasedTaskAsync(Guid taskId, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<KooMessageDbContext>();
            var task = await db.Set<SendTask>().IgnoreQueryFilters().AsNoTracking().FirstAsync(t => t.Id == taskId, stoppingToken);
            services.GetRequiredService<TenantContext>().Set(task.TenantId);
            var run = new TaskRun(task,
                await db.Set<SmsTemplate>().AsNoTracking().FirstAsync(t => t.Id == task.SmsTemplateId, stoppingToken),
                await db.Set<SmsSignature>().AsNoTracking().Where(s => s.Id == task.SignatureId).Select(s => s.Name).FirstAsync(stoppingToken));
            await SendAsync(run, db, services.GetRequiredService<IMessageGateway>(), services.GetRequiredService<IEventBus>(), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping between batches, or a batch abandoned past the drain budget: its message ids make a re-send harmless.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Sending task {TaskId} failed; it resumes when its lease expires", taskId);
        }
        finally
        {
            if (stoppingToken.IsCancellationRequested)
                await ReleaseLeaseAsync(taskId);
        }
    }

    /// <summary>Hands a task back on a graceful stop: it resumes on another instance (or this one, restarted) at once.</summary>
    private async Task ReleaseLeaseAsync(Guid taskId)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await using var scope = scopes.CreateAsyncScope();
            var released = await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<SendTask>().IgnoreQueryFilters()
                .Where(t => t.Id == taskId && t.LeaseOwner == _owner && t.Status == SendTaskStatus.Sending)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseOwner, (string?)null).SetProperty(t => t.LeaseUntil, (DateTime?)null), timeout.Token);
            if (released == 1)
                logger.LogInformation("Stopping: handed the lease of task {TaskId} back", taskId);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Stopping: could not hand the lease of task {TaskId} back; it resumes when the lease expires", taskId);
        }
    }

    private sealed record TaskRun(SendTask Task, SmsTemplate Template, string Signature);

    private async Task SendAsync(TaskRun run, KooMessageDbContext db, IMessageGateway gateway, IEventBus bus, CancellationToken stoppingToken)
    {
        var taskId = run.Task.Id;
        var batchSize = Math.Clamp(options.Value.BatchSize, 1, options.Value.MessagesPerSecondPerTenant);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!await RenewLeaseAsync(db, taskId, stoppingToken))
            {
                logger.LogWarning("Lost the lease of task {TaskId}; another dispatcher owns it now", taskId);
                return;
            }
            var now = Now;
            var batch = await db.Set<Recipient>().AsNoTracking()
                // The channel test keeps rows stored before skipped recipients had their own state (they stayed PENDING) unsent.
                .Where(r => r.TaskId == taskId && r.State == RecipientState.Pending && r.Channel != RecipientChannel.Skipped
                    && (r.NextAttemptAt == null || r.NextAttemptAt <= now))
                .OrderBy(r => r.Sequence)
                .Take(batchSize)
                .ToListAsync(stoppingToken);
            if (batch.Count == 0)
            {
                await FinishOrWaitAsync(db, taskId, stoppingToken);
                await bus.PublishOrLogAsync(SendTaskProgressed.Topic, new SendTaskProgressed(run.Task.Id, run.Task.TenantId), logger);
                return;
            }

            using var permits = await _limiter.AcquireAsync(run.Task.TenantId, batch.Count, stoppingToken);
            var messages = batch.Select(r => Message(run, r)).ToList();
            bool ended;
            try
            {
                // A stop lets the batch finish: recipients handed to the gateway are recorded as such.
                var results = await gateway.SendAsync(messages, _abandonBatches.Token);
                ended = await RecordResultsAsync(db, run.Task, batch, results, _abandonBatches.Token);
            }
            catch (GatewayUnavailableException ex)
            {
                logger.LogWarning(ex, "The gateway refused a batch of task {TaskId}; retrying with back-off", taskId);
                ended = await ScheduleRetryAsync(db, run.Task, batch, _abandonBatches.Token);
            }
            await bus.PublishOrLogAsync(SendTaskProgressed.Topic, new SendTaskProgressed(run.Task.Id, run.Task.TenantId), logger);
            if (ended)
                return;
        }
    }

    private OutgoingMessage Message(TaskRun run, Recipient recipient)
    {
        var link = recipient.ShortLinkCode is null ? null : $"https://{run.Task.Domain}/{recipient.ShortLinkCode}";
        var text = MessageRenderer.Render(run.Signature, run.Template.Content, run.Template.Variables, recipient.Variables, link);
        return new OutgoingMessage(recipient.MessageId, run.Task.TenantId, run.Task.Id, recipient.Phone, recipient.Channel, text,
            recipient.Channel == RecipientChannel.Smart ? run.Task.SmartTemplateId : null, link, run.Task.Trial);
    }

    private async Task<bool> RenewLeaseAsync(KooMessageDbContext db, Guid taskId, CancellationToken cancellationToken)
    {
        var until = Now + options.Value.LeaseDuration;
        return await db.Set<SendTask>().Where(t => t.Id == taskId && t.LeaseOwner == _owner && t.Status == SendTaskStatus.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseUntil, until), cancellationToken) == 1;
    }

    /// <returns>Whether the batch resolved the task's last outcome (refusals, or receipts that overtook this record), ending it.</returns>
    private async Task<bool> RecordResultsAsync(KooMessageDbContext db, SendTask task, IReadOnlyList<Recipient> batch, IReadOnlyList<GatewayResult> results,
        CancellationToken cancellationToken)
    {
        var now = Now;
        var channels = batch.ToDictionary(r => r.Id, r => r.Channel);
        return await db.InTransactionAsync(async ct =>
        {
            int sent = 0, failed = 0;
            // Per channel, so the rollup counts exactly the rows each conditional update changed.
            foreach (var channel in results.GroupBy(r => channels.GetValueOrDefault(Guid.ParseExact(r.MessageId, "N"))))
            {
                var accepted = channel.Where(r => r.Accepted).Select(r => Guid.ParseExact(r.MessageId, "N")).ToList();
                var channelSent = accepted.Count == 0 ? 0 : await db.Set<Recipient>().Where(r => accepted.Contains(r.Id) && r.State == RecipientState.Pending)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RecipientState.Submitted).SetProperty(r => r.SubmittedAt, now)
                        .SetProperty(r => r.Attempts, r => r.Attempts + 1).SetProperty(r => r.NextAttemptAt, (DateTime?)null), ct);
                var channelFailed = 0;
                foreach (var refusal in channel.Where(r => !r.Accepted).GroupBy(r => r.ErrorCode ?? "REJECTED"))
                {
                    var ids = refusal.Select(r => Guid.ParseExact(r.MessageId, "N")).ToList();
                    channelFailed += await db.Set<Recipient>().Where(r => ids.Contains(r.Id) && r.State == RecipientState.Pending)
                        .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RecipientState.Failed).SetProperty(r => r.ErrorCode, refusal.Key)
                            .SetProperty(r => r.FinishedAt, now).SetProperty(r => r.Attempts, r => r.Attempts + 1), ct);
                }
                await MessageStatisticsRollup.AddAsync(db, MessageStatisticScope.Of(task), channel.Key, now,
                    new MessageCounts(Sent: channelSent, Failed: channelFailed), ct);
                sent += channelSent;
                failed += channelFailed;
            }
            await db.Set<SendTask>().Where(t => t.Id == task.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Sent, t => t.Sent + sent).SetProperty(t => t.Failed, t => t.Failed + failed), ct);
            return await SendTaskCompletion.CompleteIfResolvedAsync(db.Set<SendTask>(), task.Id, now, ct) == 1;
        }, cancellationToken);
    }

    /// <summary>Webhook hand-over failed: try the batch again after 1, 5 and 30 minutes, then give those messages up.</summary>
    private async Task<bool> ScheduleRetryAsync(KooMessageDbContext db, SendTask task, IReadOnlyList<Recipient> batch, CancellationToken cancellationToken)
    {
        var taskId = task.Id;
        var now = Now;
        var maxAttempts = gatewayOptions.Value.WebhookMaxAttempts;
        return await db.InTransactionAsync(async ct =>
        {
            var givenUp = 0;
            foreach (var group in batch.GroupBy(r => (Attempt: r.Attempts + 1, r.Channel)))
            {
                var ids = group.Select(r => r.Id).ToList();
                var recipients = db.Set<Recipient>().Where(r => ids.Contains(r.Id) && r.State == RecipientState.Pending);
                var attempt = group.Key.Attempt;
                if (attempt >= maxAttempts)
                {
                    var failed = await recipients.ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RecipientState.Failed)
                        .SetProperty(r => r.ErrorCode, "GATEWAY_UNAVAILABLE").SetProperty(r => r.FinishedAt, now).SetProperty(r => r.Attempts, attempt), ct);
                    await MessageStatisticsRollup.AddAsync(db, MessageStatisticScope.Of(task), group.Key.Channel, now, new MessageCounts(Failed: failed), ct);
                    givenUp += failed;
                }
                else
                {
                    var next = now + Backoff[Math.Min(attempt, Backoff.Length) - 1];
                    await recipients.ExecuteUpdateAsync(s => s.SetProperty(r => r.Attempts, attempt).SetProperty(r => r.NextAttemptAt, next), ct);
                }
            }
            if (givenUp == 0)
                return false;
            await db.Set<SendTask>().Where(t => t.Id == taskId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Failed, t => t.Failed + givenUp), ct);
            return await SendTaskCompletion.CompleteIfResolvedAsync(db.Set<SendTask>(), taskId, now, ct) == 1;
        }, cancellationToken);
    }

    /// <summary>
    /// No recipient is ready: either some wait for a retry (the lease is handed back until the earliest
    /// retry, so any instance can pick it up then), or all were handed over: the task ends if every
    /// outcome is known already, else it is SENT and the receipt path ends it with the last outcome.
    /// </summary>
    private async Task FinishOrWaitAsync(KooMessageDbContext db, Guid taskId, CancellationToken cancellationToken)
    {
        var nextRetry = await db.Set<Recipient>()
            .Where(r => r.TaskId == taskId && r.State == RecipientState.Pending && r.Channel != RecipientChannel.Skipped)
            .MinAsync(r => r.NextAttemptAt, cancellationToken);
        if (nextRetry is not null)
        {
            await db.Set<SendTask>().Where(t => t.Id == taskId && t.LeaseOwner == _owner)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseOwner, (string?)null).SetProperty(t => t.LeaseUntil, nextRetry), cancellationToken);
            return;
        }
        if (await SendTaskCompletion.CompleteIfResolvedAsync(db.Set<SendTask>(), taskId, Now, cancellationToken) == 1)
            return;
        // Conditional on SENDING: a receipt that resolved the last outcome meanwhile has ended the task.
        await db.Set<SendTask>().Where(t => t.Id == taskId && t.LeaseOwner == _owner && t.Status == SendTaskStatus.Sending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Status, SendTaskStatus.Sent)
                .SetProperty(t => t.LeaseOwner, (string?)null)
                .SetProperty(t => t.LeaseUntil, (DateTime?)null), cancellationToken);
    }

    public override void Dispose()
    {
        _limiter.Dispose();
        _abandonBatches.Dispose();
        base.Dispose();
    }
}
