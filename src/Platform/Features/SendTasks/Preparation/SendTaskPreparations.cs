using System.Collections.Concurrent;
using KooMessage.Platform.Data;
using KooMessage.Platform.Features.Quotas;
using KooMessage.Platform.Events;
using KooMessage.Platform.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.SendTasks.Preparation;

/// <summary>
/// Runs the preparations this instance started (<see cref="SendTaskPreparation"/>, one per new task, in
/// the background so a 1,000,000-number task does not hold its request open), and ends dead ones: a
/// PREPARING task whose lease ran out lost the instance writing it (kill -9, a crash), so any instance
/// makes it FAILED with a reason, by a conditional update that exactly one wins. A half-written task
/// therefore never dispatches. On a graceful stop this instance's preparations stop and end FAILED at
/// once rather than when their lease runs out.
/// </summary>
public sealed class SendTaskPreparations(IServiceScopeFactory scopes, InstanceIdentity instance, TimeProvider clock,
    IOptions<PreparationOptions> options, ILogger<SendTaskPreparations> logger) : BackgroundService
{
    public const string InterruptedReason = "Preparation was interrupted: the instance writing the recipients stopped. Create the task again.";
    public const string StoppedReason = "Preparation was interrupted: the instance shut down. Create the task again.";
    public const string FailedReason = "Writing the recipients failed. Create the task again.";

    private readonly ConcurrentDictionary<Guid, Task> _running = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Starts writing a stored PREPARING task's recipients; it ends SCHEDULED/QUEUED, CANCELLED (by the tenant) or FAILED.</summary>
    public void Start(PreparationJob job)
        => _running[job.TaskId] = Task.Run(() => RunAsync(job), CancellationToken.None);

    /// <summary>Waits up to <paramref name="timeout"/> for this instance's preparation of the task (never throws for it).</summary>
    public async Task WaitAsync(Guid taskId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!_running.TryGetValue(taskId, out var running))
            return;
        try
        {
            await running.WaitAsync(timeout, clock, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Still preparing: the caller answers PREPARING.
        }
    }

    private async Task RunAsync(PreparationJob job)
    {
        // The lease is renewed on a timer while the preparation works, not by its batches alone: one slow batch
        // (a busy machine, a long number file between flushes) must not make a live preparation look dead.
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        var renewal = Task.Run(() => RenewLeaseAsync(job.TaskId, renewing.Token), CancellationToken.None);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SendTaskPreparation>().RunAsync(job, _stopping.Token);
        }
        catch (PreparationStopped)
        {
            logger.LogInformation("Preparing task {TaskId} stopped: it was cancelled or taken over", job.TaskId);
        }
        catch (PreparationRefused refused)
        {
            logger.LogInformation("Preparing task {TaskId} was refused: {Reason}", job.TaskId, refused.Reason);
            await FailAsync(job, refused.Reason);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            await FailAsync(job, StoppedReason);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Preparing task {TaskId} failed", job.TaskId);
            await FailAsync(job, FailedReason);
        }
        finally
        {
            await renewing.CancelAsync();
            await renewal;
            _running.TryRemove(job.TaskId, out _);
        }
    }

    /// <summary>
    /// Renews the task's preparation lease every third of its duration until cancelled (the preparation
    /// finished, failed or stopped) or until the task is no longer PREPARING under this instance's live
    /// lease: then the preparation's next batch finds that too and stops. Never throws.
    /// </summary>
    private async Task RenewLeaseAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var lease = options.Value.LeaseDuration;
        var every = TimeSpan.FromTicks(Math.Max(lease.Ticks / 3, TimeSpan.FromMilliseconds(50).Ticks));
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, clock, cancellationToken);
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
                var now = clock.GetUtcNow().UtcDateTime;
                var renewed = await SendTaskPreparation.Leased(db.Set<SendTask>().IgnoreQueryFilters(), taskId, instance.Id, now)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.PreparationUntil, now + lease), cancellationToken);
                if (renewed == 0)
                    return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A failed renewal (a busy database) is retried at the next tick; the lease has two more ticks to spare.
                logger.LogWarning(ex, "Renewing the preparation lease of task {TaskId} failed; retrying", taskId);
            }
        }
    }

    /// <summary>Ends this instance's preparation FAILED (only while it is still PREPARING under this instance).</summary>
    private async Task FailAsync(PreparationJob job, string reason)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
            var failed = await Fail(db.Set<SendTask>().IgnoreQueryFilters()
                .Where(t => t.Id == job.TaskId && t.Status == SendTaskStatus.Preparing && t.PreparationOwner == instance.Id), reason, timeout.Token);
            if (failed == 1)
            {
                await QuotaSettlement.ReleaseAsync(db, job.TaskId, timeout.Token);
                await Published(scope, job.TaskId, job.TenantId);
            }
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not end task {TaskId} FAILED; it ends so when its preparation lease runs out", job.TaskId);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Often enough that a dead preparation ends soon after its lease, without polling a quiet database hard.
        var interval = TimeSpan.FromTicks(Math.Clamp(options.Value.LeaseDuration.Ticks / 4, TimeSpan.FromMilliseconds(200).Ticks, TimeSpan.FromSeconds(15).Ticks));
        await PollingLoop.RunAsync(async ct =>
        {
            await FailAbandonedAsync(ct);
            return false;
        }, interval, clock, logger, "Ending abandoned preparations", stoppingToken);
    }

    /// <summary>PREPARING tasks whose lease ran out (of any tenant: this job serves them all) end FAILED.</summary>
    private async Task FailAbandonedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var tasks = db.Set<SendTask>().IgnoreQueryFilters();
        var abandoned = await tasks.Where(t => t.Status == SendTaskStatus.Preparing && t.PreparationUntil < now)
            .OrderBy(t => t.CreatedAt).Select(t => new { t.Id, t.TenantId }).Take(100).ToListAsync(cancellationToken);
        foreach (var task in abandoned)
        {
            var failed = await Fail(tasks.Where(t => t.Id == task.Id && t.Status == SendTaskStatus.Preparing && t.PreparationUntil < now),
                InterruptedReason, cancellationToken);
            if (failed == 0)
                continue;
            logger.LogWarning("Task {TaskId} was left PREPARING by a stopped instance: it is FAILED", task.Id);
            await QuotaSettlement.ReleaseAsync(db, task.Id, cancellationToken);
            await Published(scope, task.Id, task.TenantId);
        }
    }

    private Task<int> Fail(IQueryable<SendTask> preparing, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return preparing.ExecuteUpdateAsync(s => s
            .SetProperty(t => t.Status, SendTaskStatus.Failed)
            .SetProperty(t => t.FailureReason, reason)
            .SetProperty(t => t.CompletedAt, now)
            .SetProperty(t => t.PreparationOwner, (string?)null)
            .SetProperty(t => t.PreparationUntil, (DateTime?)null), cancellationToken);
    }

    private Task Published(AsyncServiceScope scope, Guid taskId, Guid tenantId)
        => scope.ServiceProvider.GetRequiredService<IEventBus>()
            .PublishOrLogAsync(SendTaskProgressed.Topic, new SendTaskProgressed(taskId, tenantId), logger);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Running preparations stop at their next row and end FAILED (StoppedReason) before the host goes.
        await _stopping.CancelAsync();
        try
        {
            await Task.WhenAll(_running.Values).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host gave up waiting: their leases run out and another instance ends them.
        }
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _stopping.Dispose();
        base.Dispose();
    }
}
