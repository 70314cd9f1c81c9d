using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using KooMessage.Platform.Hosting;

namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>
/// Marks messages with no receipt in time as EXPIRED, through the receipt path: after
/// Dispatch:ReceiptTimeout (72 h) for smart tasks, after the task's expiryHours (1–72) for video tasks.
/// </summary>
public sealed class RecipientExpiryJob(IServiceScopeFactory scopes, IOptions<DispatchOptions> options, TimeProvider clock,
    ILogger<RecipientExpiryJob> logger) : BackgroundService
{
    private const int Batch = 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        var interval = TimeSpan.FromMilliseconds(Math.Clamp(options.Value.ReceiptTimeout.TotalMilliseconds / 4, 100, 60_000));
        // A full batch means more may be due: the next pass runs at once.
        await PollingLoop.RunAsync(async ct => await ExpireDueAsync(ct) >= Batch, interval, clock, logger, "Expiring unanswered messages", stoppingToken);
    }

    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        // Across tenants by design, like every receipt. One query per distinct expiry in use (at most 72 + 1).
        var tasks = db.Set<SendTask>().IgnoreQueryFilters();
        var expiries = await tasks.Where(t => t.ExpiryHours != null && (t.Status == SendTaskStatus.Sending || t.Status == SendTaskStatus.Sent))
            .Select(t => t.ExpiryHours).Distinct().ToListAsync(cancellationToken);
        var ids = new List<Guid>();
        foreach (var hours in expiries.Prepend(null))
        {
            var deadline = now - (hours is { } h ? TimeSpan.FromHours(h) : options.Value.ReceiptTimeout);
            ids.AddRange(await db.Set<Recipient>().IgnoreQueryFilters()
                .Where(r => r.State == RecipientState.Submitted && r.SubmittedAt <= deadline
                    && tasks.Any(t => t.Id == r.TaskId && t.ExpiryHours == hours))
                .OrderBy(r => r.SubmittedAt)
                .Select(r => r.Id)
                .Take(Batch - ids.Count)
                .ToListAsync(cancellationToken));
            if (ids.Count >= Batch)
                break;
        }
        if (ids.Count > 0)
            await scope.ServiceProvider.GetRequiredService<ReceiptProcessor>()
                .ApplyAsync(ids.Select(id => new Receipt(id.ToString("N"), RecipientState.Expired, null, now)).ToList(), cancellationToken);
        return ids.Count;
    }
}
