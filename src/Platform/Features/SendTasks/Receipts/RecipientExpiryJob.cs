using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>Marks messages with no receipt after Dispatch:ReceiptTimeout (72 h) as EXPIRED, through the receipt path.</summary>
public sealed class RecipientExpiryJob(IServiceScopeFactory scopes, IOptions<DispatchOptions> options, TimeProvider clock,
    ILogger<RecipientExpiryJob> logger) : BackgroundService
{
    private const int Batch = 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        var interval = TimeSpan.FromMilliseconds(Math.Clamp(options.Value.ReceiptTimeout.TotalMilliseconds / 4, 100, 60_000));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await ExpireDueAsync(stoppingToken) < Batch)
                    await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Expiring unanswered messages failed; retrying");
                await Task.Delay(interval, clock, stoppingToken);
            }
        }
    }

    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var deadline = now - options.Value.ReceiptTimeout;
        var ids = await db.Set<Recipient>().IgnoreQueryFilters()
            .Where(r => r.State == RecipientState.Submitted && r.SubmittedAt <= deadline)
            .OrderBy(r => r.SubmittedAt)
            .Select(r => r.Id)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        if (ids.Count > 0)
            await scope.ServiceProvider.GetRequiredService<ReceiptProcessor>()
                .ApplyAsync(ids.Select(id => new Receipt(id.ToString("N"), RecipientState.Expired, null, now)).ToList(), cancellationToken);
        return ids.Count;
    }
}
