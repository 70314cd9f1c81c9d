using System.Collections.Concurrent;
using System.Diagnostics;
using KooMessage.Platform.Data;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.Quotas;
using KooMessage.Platform.Events;
using KooMessage.Platform.Features.SendTasks.Gateways;
using KooMessage.Platform.Features.Statistics;
using KooMessage.Platform.Hosting;
using KooMessage.Platform.Observability;
using KooMessage.Platform.Tenancy;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>
/// Sends due tasks. A queued task is cut into lanes (<see cref="SendTaskLane"/>: contiguous ranges of
/// its recipients, <see cref="DispatchOptions.LaneSize"/> each), and each lane is taken with a lease —
/// a conditional update in the database, so of several instances exactly one owns a lane at a time
/// while different instances send different lanes of one big task side by side; a crashed owner's
/// lease simply runs out and another instance (or the restarted one) resumes the lane. Recipients go
/// to the gateway in batches; their message ids are their row ids, so a batch re-sent after a crash is
/// accepted once. After each batch, the recipients' states and the task's counters change in one
/// transaction, by conditional updates, so nothing is counted twice even if two owners ever
/// overlapped. A lane reads its next batch while the current one is handed over (<see cref="LaneReader"/>),
/// and a remote gateway's answer is recorded while the next batch is handed over
/// (<see cref="SendRemotelyAsync"/>). On a graceful stop the batch in flight is finished (within
/// <see cref="ShutdownOptions.BatchDrainTimeout"/>) and every lease is handed back at once, so another
/// instance resumes without waiting for the lease to run out. The lease needs no SELECT … FOR UPDATE
/// (SKIP LOCKED): each provider makes the conditional UPDATE atomic — SQLite has one writer; PostgreSQL
/// and SQL Server lock the row, and a second UPDATE that waited for it re-checks the condition against
/// the winner's values and changes nothing. The candidate query may name a lane another instance is
/// taking; losing that race costs one UPDATE.
/// </summary>
public sealed class SendTaskDispatcher(
    IServiceScopeFactory scopes,
    IOptions<DispatchOptions> options,
    IOptions<GatewayOptions> gatewayOptions,
    IOptions<ShutdownOptions> shutdown,
    InstanceIdentity instance,
    TimeProvider clock,
    TenantRateLimiter rates,
    PlatformMetrics metrics,
    SendTaskTraces traces,
    ILogger<SendTaskDispatcher> logger) : BackgroundService
{
    /// <summary>Lanes this instance sends at once, of different tasks: one lane per task per instance keeps a task's batches in order here.</summary>
    private const int MaxConcurrentLanes = 4;
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30)];

    private readonly string _owner = instance.Id;
    private readonly ConcurrentDictionary<(Guid Task, int Lane), Task> _running = new();

    /// <summary>Cancels a batch in flight: only when a stop's drain budget is spent, not when the stop begins.</summary>
    private readonly CancellationTokenSource _abandonBatches = new();
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        await PollingLoop.RunAsync(async ct =>
        {
            await ActivateQueuedTasksAsync(ct);
            return await LeaseDueLanesAsync(ct) > 0;
        }, options.Value.PollInterval, clock, logger, "Leasing send tasks", stoppingToken);
        // Stopping: running lanes finish their batch in flight and hand their leases back.
        await Task.WhenAll(_running.Values);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _abandonBatches.CancelAfter(shutdown.Value.BatchDrainTimeout);
        await using var hostGivesUp = cancellationToken.Register(_abandonBatches.Cancel);
        await base.StopAsync(cancellationToken);
    }

    /// <summary>
    /// Due scheduled tasks become QUEUED; each QUEUED task becomes SENDING and is cut into lanes, in one
    /// transaction whose conditional status update lets exactly one instance do it. A SENDING task
    /// without lanes (stored by a version that leased whole tasks) gets its lanes the same way; two
    /// instances racing there collide on the lanes' key and the loser changes nothing.
    /// </summary>
    private async Task ActivateQueuedTasksAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var now = Now;
        // The dispatcher serves every tenant: it reads and leases across tenants by design, here only.
        var tasks = db.Set<SendTask>().IgnoreQueryFilters();
        // Read first: this runs every poll on every instance, and on SQLite an UPDATE that changes nothing
        // still queues for the one write lock, behind and ahead of the batches being recorded.
        var due = tasks.Where(t => t.Status == SendTaskStatus.Scheduled && t.ScheduledAt <= now);
        if (await due.AnyAsync(stoppingToken))
            await due.ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, SendTaskStatus.Queued), stoppingToken);
        var lanes = db.Set<SendTaskLane>();
        var waiting = await OfActiveTenants(db, tasks)
            .Where(t => t.Status == SendTaskStatus.Queued || (t.Status == SendTaskStatus.Sending && !lanes.Any(l => l.TaskId == t.Id)))
            .OrderBy(t => t.CreatedAt)
            .Select(t => t.Id)
            .Take(MaxConcurrentLanes)
            .ToListAsync(stoppingToken);
        foreach (var id in waiting)
        {
            try
            {
                await db.InTransactionAsync(async ct =>
                {
                    var started = await tasks.Where(t => t.Id == id && (t.Status == SendTaskStatus.Queued || t.Status == SendTaskStatus.Sending))
                        .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, SendTaskStatus.Sending).SetProperty(t => t.StartedAt, t => t.StartedAt ?? now), ct);
                    if (started == 0 || await lanes.AnyAsync(l => l.TaskId == id, ct))
                        return 0;
                    var range = await db.Set<Recipient>().IgnoreQueryFilters().Where(r => r.TaskId == id)
                        .GroupBy(r => r.TaskId)
                        .Select(g => new { First = g.Min(r => r.Sequence), Last = g.Max(r => r.Sequence) })
                        .FirstOrDefaultAsync(ct);
                    // A task with no recipient at all still gets one (empty) lane, whose owner ends the task.
                    lanes.AddRange(SendTaskLane.Cut(id, range?.First ?? 0, range?.Last ?? 0, options.Value.LaneSize));
                    await db.SaveChangesAsync(ct);
                    return 1;
                }, stoppingToken);
            }
            catch (Exception ex) when (UniqueConstraint.IsViolation(ex))
            {
                // Another instance cut this task's lanes at the same moment: they are there either way.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <returns>How many lanes were newly leased.</returns>
    private async Task<int> LeaseDueLanesAsync(CancellationToken stoppingToken)
    {
        foreach (var finished in _running.Where(r => r.Value.IsCompleted).Select(r => r.Key).ToList())
            _running.TryRemove(finished, out _);
        if (_running.Count >= MaxConcurrentLanes)
            return 0;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var now = Now;
        var tasks = db.Set<SendTask>().IgnoreQueryFilters();
        var lanes = db.Set<SendTaskLane>();
        var busy = _running.Keys.Select(k => k.Task).ToList();
        var candidates = await lanes
            .Where(l => !l.Finished && (l.Until == null || l.Until < now) && !busy.Contains(l.TaskId))
            .Join(OfActiveTenants(db, tasks).Where(t => t.Status == SendTaskStatus.Sending), l => l.TaskId, t => t.Id, (l, t) => new { l.TaskId, l.Lane, t.CreatedAt })
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Lane)
            .Take(MaxConcurrentLanes * 4)
            .ToListAsync(stoppingToken);

        var leased = 0;
        foreach (var candidate in candidates)
        {
            if (_running.Count >= MaxConcurrentLanes)
                break;
            if (_running.Keys.Any(k => k.Task == candidate.TaskId))
                continue;
            if (await TryLeaseAsync(db, candidate.TaskId, candidate.Lane, stoppingToken))
            {
                leased++;
                var key = (candidate.TaskId, candidate.Lane);
                _running[key] = Task.Run(() => RunLeasedLaneAsync(key.TaskId, key.Lane, stoppingToken), CancellationToken.None);
            }
        }
        return leased;
    }

    /// <summary>Takes the lane's lease if it is free (unowned, or its owner's lease ran out): one conditional UPDATE.</summary>
    private async Task<bool> TryLeaseAsync(KooMessageDbContext db, Guid taskId, int lane, CancellationToken cancellationToken)
    {
        var now = Now;
        var until = now + options.Value.LeaseDuration;
        return await db.Set<SendTaskLane>()
            .Where(l => l.TaskId == taskId && l.Lane == lane && !l.Finished && (l.Until == null || l.Until < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, _owner).SetProperty(l => l.Until, until), cancellationToken) == 1;
    }

    /// <summary>
    /// When a lane is done, the next free lane of the same task is leased here at once instead of at the
    /// next poll (a poll interval lost per lane otherwise): the task's lanes run back to back.
    /// </summary>
    /// <returns>The lane now leased, or null when the task has no free lane left (or has left SENDING).</returns>
    private async Task<int?> LeaseNextLaneAsync(Guid taskId, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var now = Now;
        var sending = OfActiveTenants(db, db.Set<SendTask>().IgnoreQueryFilters()).Where(t => t.Id == taskId && t.Status == SendTaskStatus.Sending);
        var free = await db.Set<SendTaskLane>()
            .Where(l => l.TaskId == taskId && !l.Finished && (l.Until == null || l.Until < now) && sending.Any())
            .OrderBy(l => l.Lane).Select(l => l.Lane).Take(4).ToListAsync(stoppingToken);
        foreach (var lane in free)
        {
            if (await TryLeaseAsync(db, taskId, lane, stoppingToken))
                return lane;
        }
        return null;
    }

    /// <summary>Runs a leased lane, then the task's next free lanes one after the other; a lane leased is always run (or handed back on a stop).</summary>
    private async Task RunLeasedLaneAsync(Guid taskId, int firstLane, CancellationToken stoppingToken)
    {
        for (int? lane = firstLane; lane is int current;)
        {
            lane = null;
            if (!await RunLaneAsync(taskId, current, stoppingToken))
                break;
            try
            {
                lane = await LeaseNextLaneAsync(taskId, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping: the next lane stays for whoever polls next.
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Leasing the next lane of task {TaskId} failed; the next poll takes it", taskId);
            }
        }
    }

    /// <returns>Whether the lane ran to its end (the caller may go on with the task's next lane).</returns>
    private async Task<bool> RunLaneAsync(Guid taskId, int lane, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<KooMessageDbContext>();
            var task = await db.Set<SendTask>().IgnoreQueryFilters().AsNoTracking().FirstAsync(t => t.Id == taskId, stoppingToken);
            var range = await db.Set<SendTaskLane>().AsNoTracking().FirstAsync(l => l.TaskId == taskId && l.Lane == lane, stoppingToken);
            services.GetRequiredService<TenantContext>().Set(task.TenantId);
            using var logScope = PrincipalLogScope.Begin(logger, task.TenantId);
            var composer = services.GetServices<IMessageComposer>().Single(c => c.Kind == task.Kind);
            var callbacks = services.GetRequiredService<ReceiptCallbacks>();
            var run = new TaskRun(task, range, await composer.PrepareAsync(db, task, stoppingToken), callbacks,
                await callbacks.AppOfTaskAsync(db, taskId, stoppingToken));
            var gateway = services.GetRequiredService<IMessageGateway>();
            var bus = services.GetRequiredService<IEventBus>();
            // The next batch is read on a connection of its own while the current one is handed over.
            await using var readScope = TenantScope(task.TenantId);
            await using var reader = new LaneReader(readScope.ServiceProvider.GetRequiredService<KooMessageDbContext>(), range, run.Message, BatchSize, clock);
            if (gateway.InDatabase)
            {
                await SendInDatabaseAsync(run, reader, db, gateway, bus, stoppingToken);
            }
            else
            {
                await using var recordScope = TenantScope(task.TenantId);
                await SendRemotelyAsync(run, reader, db, recordScope.ServiceProvider.GetRequiredService<KooMessageDbContext>(), gateway, bus, stoppingToken);
            }
            return !stoppingToken.IsCancellationRequested;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping between batches, or a batch abandoned past the drain budget: its message ids make a re-send harmless.
            return false;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Sending lane {Lane} of task {TaskId} failed; it resumes when its lease expires", lane, taskId);
            return false;
        }
        finally
        {
            if (stoppingToken.IsCancellationRequested)
                await ReleaseLeaseAsync(taskId, lane);
        }
    }

    /// <summary>Hands a lane back on a graceful stop: it resumes on another instance (or this one, restarted) at once.</summary>
    private async Task ReleaseLeaseAsync(Guid taskId, int lane)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await using var scope = scopes.CreateAsyncScope();
            var released = await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<SendTaskLane>()
                .Where(l => l.TaskId == taskId && l.Lane == lane && l.Owner == _owner)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, (string?)null).SetProperty(l => l.Until, (DateTime?)null), timeout.Token);
            if (released == 1)
                logger.LogInformation("Stopping: handed the lease of lane {Lane} of task {TaskId} back", lane, taskId);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Stopping: could not hand the lease of lane {Lane} of task {TaskId} back; it resumes when the lease expires", lane, taskId);
        }
    }

    /// <param name="CallbackApp">The task's SMS app when it has a callback URL: recipients the dispatcher fails (a refused batch, retries given up) get a receipt there too, as no carrier receipt will come for them.</param>
    private sealed record TaskRun(SendTask Task, SendTaskLane Lane, Func<DispatchRecipient, OutgoingMessage> Message, ReceiptCallbacks Callbacks, CallbackApp? CallbackApp);

    private int BatchSize => Math.Clamp(options.Value.BatchSize, 1, options.Value.MessagesPerSecondPerTenant);

    /// <summary>A service scope whose database context works inside the tenant's data.</summary>
    private AsyncServiceScope TenantScope(Guid tenantId)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId);
        return scope;
    }

    /// <summary>A gateway inside the database (the Sandbox): each batch is renewed, spent, handed over and recorded in one transaction.</summary>
    private async Task SendInDatabaseAsync(TaskRun run, LaneReader reader, KooMessageDbContext db, IMessageGateway gateway, IEventBus bus,
        CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // The tenant's rate holds across instances: the batch is at most the tokens its bucket has now.
            var grant = await rates.WaitAsync(db, run.Task.TenantId, BatchSize, stoppingToken);
            var taken = await reader.TakeAsync(grant.Count, stoppingToken);
            if (taken.Count == 0 && reader.StartOver())
                taken = await reader.TakeAsync(grant.Count, stoppingToken);
            if (taken.Count == 0)
            {
                await FinishAsync(run, db, bus, stoppingToken);
                return;
            }
            using var span = StartBatchSpan(run, taken.Count);
            var batch = taken.Select(t => t.Recipient).ToList();
            var messages = taken.Select(t => t.Message).ToList();
            bool ended;
            try
            {
                // A stop lets the batch finish: recipients handed to the gateway are recorded as such.
                var outcome = await HandOverInDatabaseAsync(db, gateway, run, grant, batch, messages, _abandonBatches.Token);
                if (outcome is null)
                {
                    LogLostLease(run.Lane);
                    return;
                }
                if (outcome.Outbid)
                {
                    reader.PutBack(taken);
                    continue;
                }
                ended = outcome.Ended;
                Count(outcome, span);
            }
            catch (GatewayUnavailableException ex)
            {
                ended = await RetryLaterAsync(run, db, batch, ex, span);
            }
            await PublishProgressAsync(run, bus);
            if (ended)
            {
                traces.Forget(run.Task.Id);
                return;
            }
        }
    }

    /// <summary>
    /// A gateway outside the process (the Webhook). A batch goes out only with its lane's lease renewed and the
    /// tenant's tokens spent, both committed first; the gateway's answer is then recorded in one transaction on a
    /// connection of its own while the next batch is handed over. Records still commit one at a time and in batch
    /// order, and the next batch's renewal and tokens commit between two records, so on SQLite nothing waits for
    /// the write lock. A batch handed over is always recorded: at a stop, a lost lease, a failure, or when the
    /// record before it ended the task.
    /// </summary>
    private async Task SendRemotelyAsync(TaskRun run, LaneReader reader, KooMessageDbContext db, KooMessageDbContext recordDb, IMessageGateway gateway,
        IEventBus bus, CancellationToken stoppingToken)
    {
        // The previous batch's record while the current one is handed over: true when it ended the task.
        Task<bool>? recording = null;
        try
        {
            var next = await SpendNextAsync(run, reader, db, stoppingToken);
            while (true)
            {
                while (next is { Count: > 0 } taken)
                {
                    var span = StartBatchSpan(run, taken.Count);
                    var batch = taken.Select(t => t.Recipient).ToList();
                    var messages = taken.Select(t => t.Message).ToList();
                    IReadOnlyList<GatewayResult> results;
                    try
                    {
                        results = await gateway.SendAsync(messages, null, _abandonBatches.Token);
                    }
                    catch (GatewayUnavailableException ex)
                    {
                        bool ended;
                        using (span)
                        {
                            if (await RecordedAsync())
                                return;
                            ended = await RetryLaterAsync(run, db, batch, ex, span);
                        }
                        await PublishProgressAsync(run, bus);
                        if (ended)
                        {
                            traces.Forget(run.Task.Id);
                            return;
                        }
                        next = await SpendNextAsync(run, reader, db, stoppingToken);
                        continue;
                    }
                    catch
                    {
                        span?.Dispose();
                        throw;
                    }
                    if (await RecordedAsync() || stoppingToken.IsCancellationRequested)
                    {
                        // The task ended with the batch before, or the instance is stopping: this batch is recorded before the lane leaves.
                        await RecordAsync(run, recordDb, batch, messages, results, bus, span);
                        return;
                    }
                    try
                    {
                        next = await SpendNextAsync(run, reader, db, stoppingToken);
                    }
                    finally
                    {
                        // Started even when spending for the next batch failed: this batch was handed over.
                        recording = RecordAsync(run, recordDb, batch, messages, results, bus, span);
                    }
                }
                if (await RecordedAsync())
                    return;
                if (next is null)
                {
                    LogLostLease(run.Lane);
                    return;
                }
                // The pass reached the lane's end with nothing in flight: once more from the start, for retries that came due.
                if (!reader.StartOver())
                    break;
                next = await SpendNextAsync(run, reader, db, stoppingToken);
            }
            await FinishAsync(run, db, bus, stoppingToken);
        }
        finally
        {
            if (recording is not null)
            {
                try
                {
                    await recording;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Recording a batch of lane {Lane} of task {TaskId} failed; a receipt or the batch sent again records it",
                        run.Lane.Lane, run.Task.Id);
                }
            }
        }

        // Waits for the record in flight, if any; true when it ended the task.
        async Task<bool> RecordedAsync()
        {
            if (recording is not { } pending)
                return false;
            recording = null;
            if (!await pending)
                return false;
            traces.Forget(run.Task.Id);
            return true;
        }
    }

    /// <summary>
    /// The lane's next batch with its lease renewed and the tenant's tokens spent (each committed on its own): null when the
    /// lease is lost, empty when nothing is left to send now. A batch another instance outbid for the tokens is read again.
    /// </summary>
    private async Task<List<LaneMessage>?> SpendNextAsync(TaskRun run, LaneReader reader, KooMessageDbContext db, CancellationToken stoppingToken)
    {
        while (true)
        {
            stoppingToken.ThrowIfCancellationRequested();
            if (!await RenewLeaseAsync(db, run.Lane, stoppingToken))
                return null;
            var grant = await rates.WaitAsync(db, run.Task.TenantId, BatchSize, stoppingToken);
            var taken = await reader.TakeAsync(grant.Count, stoppingToken);
            if (taken.Count == 0 || await rates.SpendAsync(db, grant, taken.Count, stoppingToken))
                return taken;
            reader.PutBack(taken);
        }
    }

    /// <summary>
    /// Records a remote gateway's answer in one transaction, on a thread of its own (Microsoft.Data.Sqlite runs a
    /// statement synchronously inside its async methods), then ends the batch's span and says so: whether it ended the task.
    /// </summary>
    private Task<bool> RecordAsync(TaskRun run, KooMessageDbContext recordDb, IReadOnlyList<DispatchRecipient> batch, IReadOnlyList<OutgoingMessage> messages,
        IReadOnlyList<GatewayResult> results, IEventBus bus, Activity? span)
        => Task.Run(async () =>
        {
            using (span)
            {
                var ended = await recordDb.InTransactionAsync(ct => RecordResultsAsync(recordDb, run, batch, messages, results, ct), _abandonBatches.Token);
                Count(BatchOutcome.Of(ended, results), span);
                await PublishProgressAsync(run, bus);
                return ended;
            }
        });

    private Activity? StartBatchSpan(TaskRun run, int size)
    {
        var span = PlatformTelemetry.Source.StartActivity("dispatch batch", ActivityKind.Internal, traces.Find(run.Task.Id));
        span?.SetTag("koomessage.tenant.id", run.Task.TenantId.ToString());
        span?.SetTag("koomessage.send_task.id", run.Task.Id.ToString());
        span?.SetTag("koomessage.dispatch.batch_size", size);
        return span;
    }

    private void Count(BatchOutcome outcome, Activity? span)
    {
        metrics.DispatchedRecipients.Add(outcome.Accepted, new KeyValuePair<string, object?>("outcome", "sent"));
        metrics.DispatchedRecipients.Add(outcome.Refused, new KeyValuePair<string, object?>("outcome", "failed"));
        span?.SetTag("koomessage.dispatch.sent", outcome.Accepted);
        span?.SetTag("koomessage.dispatch.failed", outcome.Refused);
    }

    /// <returns>Whether giving messages up ended the task.</returns>
    private async Task<bool> RetryLaterAsync(TaskRun run, KooMessageDbContext db, IReadOnlyList<DispatchRecipient> batch, GatewayUnavailableException ex, Activity? span)
    {
        logger.LogWarning(ex, "The gateway refused a batch of task {TaskId}; retrying with back-off", run.Task.Id);
        span?.SetStatus(ActivityStatusCode.Error, "GATEWAY_UNAVAILABLE");
        metrics.DispatchedRecipients.Add(batch.Count, new KeyValuePair<string, object?>("outcome", "retry"));
        return await ScheduleRetryAsync(db, run, batch, _abandonBatches.Token);
    }

    /// <summary>Nothing of the lane is ready to send: it is finished or waits for its retries (<see cref="FinishOrWaitAsync"/>).</summary>
    private async Task FinishAsync(TaskRun run, KooMessageDbContext db, IEventBus bus, CancellationToken stoppingToken)
    {
        if (await FinishOrWaitAsync(db, run.Lane, stoppingToken))
            traces.Forget(run.Task.Id);
        await PublishProgressAsync(run, bus);
    }

    private Task PublishProgressAsync(TaskRun run, IEventBus bus)
        => bus.PublishOrLogAsync(SendTaskProgressed.Topic, new SendTaskProgressed(run.Task.Id, run.Task.TenantId), logger);

    private void LogLostLease(SendTaskLane lane)
        => logger.LogWarning("Lost the lease of lane {Lane} of task {TaskId}; it ended, its tenant was suspended, or another dispatcher owns it now", lane.Lane, lane.TaskId);

    /// <summary>
    /// The tasks of active tenants: a suspended tenant's sending pauses — nothing starts, and running lanes stop at their
    /// next batch, whose lease renewal asks this — and resumes when the tenant does (a stopped lane once its lease has run out).
    /// </summary>
    private static IQueryable<SendTask> OfActiveTenants(KooMessageDbContext db, IQueryable<SendTask> tasks)
        => tasks.Where(t => db.Set<Tenant>().Any(x => x.Id == t.TenantId && x.Status == TenantStatus.Active));

    /// <summary>
    /// What a batch came to: whether it ended the task, and how many messages the gateway accepted and
    /// refused; or, <see cref="Outbid"/>, nothing at all, because another instance spent the tenant's
    /// tokens first (the batch is selected again with what is left).
    /// </summary>
    private sealed record BatchOutcome(bool Ended, int Accepted, int Refused, bool Outbid = false)
    {
        public static readonly BatchOutcome NotSent = new(false, 0, 0, Outbid: true);

        public static BatchOutcome Of(bool ended, IReadOnlyList<GatewayResult> results)
        {
            var accepted = results.Count(r => r.Accepted);
            return new BatchOutcome(ended, accepted, results.Count - accepted);
        }
    }

    /// <summary>
    /// One transaction for the whole batch: the lease renewal (the lane row stays locked until the commit,
    /// so no other dispatcher writes a batch of this lane meanwhile), the tenant's tokens, the gateway's
    /// record, and the recipients' states and counters. A crash leaves all of it or none.
    /// </summary>
    /// <returns>null when the lease was lost (nothing sent).</returns>
    private async Task<BatchOutcome?> HandOverInDatabaseAsync(KooMessageDbContext db, IMessageGateway gateway, TaskRun run, TenantRateGrant grant,
        IReadOnlyList<DispatchRecipient> batch, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
        => await db.InTransactionAsync(async ct =>
        {
            if (!await RenewLeaseAsync(db, run.Lane, ct))
                return null;
            if (!await rates.SpendAsync(db, grant, batch.Count, ct))
                return BatchOutcome.NotSent;
            var results = await gateway.SendAsync(messages, db, ct);
            return BatchOutcome.Of(await RecordResultsAsync(db, run, batch, messages, results, ct), results);
        }, cancellationToken);

    /// <summary>Extends the lane's lease while its task is still SENDING and its tenant active (a task that ended or was cancelled, or a suspended tenant's, stops here).</summary>
    private async Task<bool> RenewLeaseAsync(KooMessageDbContext db, SendTaskLane lane, CancellationToken cancellationToken)
    {
        var until = Now + options.Value.LeaseDuration;
        var sending = OfActiveTenants(db, db.Set<SendTask>()).Where(t => t.Id == lane.TaskId && t.Status == SendTaskStatus.Sending);
        return await db.Set<SendTaskLane>()
            .Where(l => l.TaskId == lane.TaskId && l.Lane == lane.Lane && l.Owner == _owner && !l.Finished && sending.Any())
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Until, until), cancellationToken) == 1;
    }

    /// <summary>Records the gateway's answers, inside the caller's transaction.</summary>
    /// <returns>Whether the batch resolved the task's last outcome (refusals, or receipts that overtook this record), ending it.</returns>
    private async Task<bool> RecordResultsAsync(KooMessageDbContext db, TaskRun run, IReadOnlyList<DispatchRecipient> batch, IReadOnlyList<OutgoingMessage> messages,
        IReadOnlyList<GatewayResult> results, CancellationToken cancellationToken)
    {
        var task = run.Task;
        var now = Now;
        var refusedReceipts = new List<CallbackEvents.ReceiptItem>();
        var channels = batch.ToDictionary(r => r.Id, r => r.Channel);
        var senders = messages.ToDictionary(m => m.MessageId, m => m.Sender?.ServiceNumberId, StringComparer.Ordinal);
        int sent = 0, failed = 0;
        // Per channel, so the rollup counts exactly the rows each conditional update changed.
        foreach (var channel in results.GroupBy(r => channels.GetValueOrDefault(Guid.ParseExact(r.MessageId, "N"))))
        {
            var channelSent = 0;
            // One statement per service number the messages were sent under (usually one, or none): recipients record it.
            foreach (var sender in channel.Where(r => r.Accepted).GroupBy(r => senders.GetValueOrDefault(r.MessageId)))
            {
                var accepted = sender.Select(r => Guid.ParseExact(r.MessageId, "N")).ToList();
                var serviceNumberId = sender.Key;
                // EF.Parameter: a batch's ids go as one array parameter (json_each on SQLite, ANY on PostgreSQL, OPENJSON on SQL Server),
                // not as a thousand parameters that each statement has to parse, look up by name and bind again.
                var senderSent = await db.Set<Recipient>().Where(r => EF.Parameter(accepted).Contains(r.Id) && r.State == RecipientState.Pending)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RecipientState.Submitted).SetProperty(r => r.SubmittedAt, now)
                        .SetProperty(r => r.Attempts, r => r.Attempts + 1).SetProperty(r => r.NextAttemptAt, (DateTime?)null)
                        .SetProperty(r => r.ServiceNumberId, serviceNumberId), cancellationToken);
                // A receipt that overtook this record has finished some already; they were still sent under this service number.
                // (The update above waited for any receipt still writing them, so the set read here is complete.)
                if (serviceNumberId is not null && senderSent < accepted.Count)
                {
                    var overtaken = db.Set<Recipient>().Where(r => EF.Parameter(accepted).Contains(r.Id) && r.State != RecipientState.Pending
                        && r.ServiceNumberId == null && r.SubmittedAt != null);
                    var answered = await overtaken.GroupBy(r => new { r.State, r.SubmittedAt })
                        .Select(g => new { g.Key.State, g.Key.SubmittedAt, Count = g.Count() }).ToListAsync(cancellationToken);
                    await overtaken.ExecuteUpdateAsync(s => s.SetProperty(r => r.ServiceNumberId, serviceNumberId), cancellationToken);
                    await MessageStatisticsRollup.MoveOvertakenAsync(db, MessageStatisticScope.Of(task), task.CreatedAt, channel.Key, serviceNumberId.Value,
                        answered.Select(a => (a.State, a.SubmittedAt!.Value, a.Count)).ToList(), cancellationToken);
                }
                await MessageStatisticsRollup.AddSentAsync(db, MessageStatisticScope.Of(task), task.CreatedAt, channel.Key, serviceNumberId, now, senderSent, cancellationToken);
                channelSent += senderSent;
            }
            var channelFailed = 0;
            foreach (var refusal in channel.Where(r => !r.Accepted).GroupBy(r => r.ErrorCode ?? "REJECTED"))
            {
                var ids = refusal.Select(r => Guid.ParseExact(r.MessageId, "N")).ToList();
                var refused = db.Set<Recipient>().Where(r => EF.Parameter(ids).Contains(r.Id) && r.State == RecipientState.Pending);
                if (run.CallbackApp is not null)
                    refusedReceipts.AddRange(await run.Callbacks.CaptureAsync(refused, RecipientState.Failed, refusal.Key, now, cancellationToken));
                channelFailed += await refused
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RecipientState.Failed).SetProperty(r => r.ErrorCode, refusal.Key)
                        .SetProperty(r => r.FinishedAt, now).SetProperty(r => r.Attempts, r => r.Attempts + 1), cancellationToken);
            }
            // Refused recipients record no service number.
            await MessageStatisticsRollup.AddAsync(db, MessageStatisticScope.Of(task), channel.Key, null, now, new MessageCounts(Failed: channelFailed), cancellationToken);
            // What the gateway accepted consumes the task's reservation; refusals stay reserved until the task ends and releases them.
            await QuotaSettlement.ConsumeAsync(db, task.Id, [(channel.Key, channelSent)], cancellationToken);
            sent += channelSent;
            failed += channelFailed;
        }
        await db.Set<SendTask>().Where(t => t.Id == task.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Sent, t => t.Sent + sent).SetProperty(t => t.Failed, t => t.Failed + failed), cancellationToken);
        if (run.CallbackApp is not null)
            await run.Callbacks.EnqueueAsync(db, run.CallbackApp, refusedReceipts, cancellationToken);
        return await SendTaskCompletion.CompleteIfResolvedAsync(db, db.Set<SendTask>(), task.Id, now, cancellationToken) == 1;
    }

    /// <summary>Webhook hand-over failed: try the batch again after 1, 5 and 30 minutes, then give those messages up.</summary>
    private async Task<bool> ScheduleRetryAsync(KooMessageDbContext db, TaskRun run, IReadOnlyList<DispatchRecipient> batch, CancellationToken cancellationToken)
    {
        var task = run.Task;
        var taskId = task.Id;
        var now = Now;
        var maxAttempts = gatewayOptions.Value.WebhookMaxAttempts;
        return await db.InTransactionAsync(async ct =>
        {
            var givenUp = 0;
            var givenUpReceipts = new List<CallbackEvents.ReceiptItem>();
            foreach (var group in batch.GroupBy(r => (Attempt: r.Attempts + 1, r.Channel)))
            {
                var ids = group.Select(r => r.Id).ToList();
                var recipients = db.Set<Recipient>().Where(r => EF.Parameter(ids).Contains(r.Id) && r.State == RecipientState.Pending);
                var attempt = group.Key.Attempt;
                if (attempt >= maxAttempts)
                {
                    if (run.CallbackApp is not null)
                        givenUpReceipts.AddRange(await run.Callbacks.CaptureAsync(recipients, RecipientState.Failed, "GATEWAY_UNAVAILABLE", now, ct));
                    var failed = await recipients.ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RecipientState.Failed)
                        .SetProperty(r => r.ErrorCode, "GATEWAY_UNAVAILABLE").SetProperty(r => r.FinishedAt, now).SetProperty(r => r.Attempts, attempt), ct);
                    await MessageStatisticsRollup.AddAsync(db, MessageStatisticScope.Of(task), group.Key.Channel, null, now, new MessageCounts(Failed: failed), ct);
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
            if (run.CallbackApp is not null)
                await run.Callbacks.EnqueueAsync(db, run.CallbackApp, givenUpReceipts, ct);
            await db.Set<SendTask>().Where(t => t.Id == taskId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Failed, t => t.Failed + givenUp), ct);
            return await SendTaskCompletion.CompleteIfResolvedAsync(db, db.Set<SendTask>(), taskId, now, ct) == 1;
        }, cancellationToken);
    }

    /// <summary>
    /// No recipient of the lane is ready: either some wait for a retry (the lease is handed back until
    /// the earliest retry, so any instance can pick the lane up then), or all were handed over and the
    /// lane is finished. The last lane to finish moves the task on: it ends if every outcome is known
    /// already, else it is SENT and the receipt path ends it with the last outcome. Each lane checks the
    /// whole task after its own last batch committed, so of two lanes finishing together the later check
    /// sees both and the task never stays SENDING with nothing left to send.
    /// </summary>
    /// <returns>Whether every recipient of the task has been handed over (nothing is left to dispatch).</returns>
    private async Task<bool> FinishOrWaitAsync(KooMessageDbContext db, SendTaskLane lane, CancellationToken cancellationToken)
    {
        var owned = db.Set<SendTaskLane>().Where(l => l.TaskId == lane.TaskId && l.Lane == lane.Lane && l.Owner == _owner);
        var nextRetry = await LaneReader.Unsent(db, lane).MinAsync(r => r.NextAttemptAt, cancellationToken);
        if (nextRetry is not null)
        {
            await owned.ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, (string?)null).SetProperty(l => l.Until, nextRetry), cancellationToken);
            return false;
        }
        await owned.ExecuteUpdateAsync(s => s.SetProperty(l => l.Finished, true)
            .SetProperty(l => l.Owner, (string?)null).SetProperty(l => l.Until, (DateTime?)null), cancellationToken);

        var taskId = lane.TaskId;
        var unsent = await db.Set<Recipient>().AnyAsync(r => r.TaskId == taskId && r.State == RecipientState.Pending
            && r.Channel != RecipientChannel.Skipped, cancellationToken);
        if (unsent)
            return false;
        // Every lane is done now, including one whose owner was killed after its last batch but before it
        // could say so: no lane of a task that has left SENDING is ever leased again, so none stays owned.
        await db.Set<SendTaskLane>().Where(l => l.TaskId == taskId && (!l.Finished || l.Owner != null))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Finished, true)
                .SetProperty(l => l.Owner, (string?)null).SetProperty(l => l.Until, (DateTime?)null), cancellationToken);
        if (await SendTaskCompletion.CompleteIfResolvedAsync(db, db.Set<SendTask>(), taskId, Now, cancellationToken) == 0)
        {
            // Conditional on SENDING: a receipt that resolved the last outcome meanwhile has ended the task.
            await db.Set<SendTask>().Where(t => t.Id == taskId && t.Status == SendTaskStatus.Sending)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, SendTaskStatus.Sent), cancellationToken);
        }
        return true;
    }

    public override void Dispose()
    {
        _abandonBatches.Dispose();
        base.Dispose();
    }
}
