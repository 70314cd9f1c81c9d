using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// Moves approved service numbers from NOT_EFFECTIVE to EFFECTIVE once the activation delay since
/// their first approval has passed — the platform, not a request, publishes them. One conditional
/// UPDATE per tick: idempotent, so several instances may run it side by side.
/// </summary>
public sealed class ServiceNumberActivationJob(
    IServiceScopeFactory scopes,
    IOptions<ServiceNumberOptions> options,
    TimeProvider clock,
    ILogger<ServiceNumberActivationJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ActivationInterval, clock);
        do
        {
            try
            {
                await ActivateDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A failed tick (e.g. the database briefly unreachable) is retried on the next one.
                logger.LogError(ex, "Activating due service numbers failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <returns>How many service numbers became EFFECTIVE.</returns>
    public async Task<int> ActivateDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var approvedBefore = now - options.Value.ActivationDelay;
        // A system job acts for every tenant, so it reads past the tenant filter; it changes nothing but this status.
        var activated = await db.Set<ServiceNumber>().IgnoreQueryFilters()
            .Where(s => s.Status == ServiceNumberStatus.NotEffective && s.FirstApprovedAt != null && s.FirstApprovedAt <= approvedBefore)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Status, ServiceNumberStatus.Effective)
                .SetProperty(x => x.EffectiveAt, now)
                .SetProperty(x => x.UpdatedAt, now)
                .SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
        if (activated > 0)
            logger.LogInformation("{Count} service number(s) became effective", activated);
        return activated;
    }
}
