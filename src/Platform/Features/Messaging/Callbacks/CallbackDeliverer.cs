using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using KooMessage.Platform.Hosting;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// Delivers due callback events from the outbox, on every instance at once: each row is leased by a
/// conditional update (only one instance's update matches a free row), sent, and its attempt recorded
/// with the lease released. A lease that outlives a dead instance expires and the row is sent again:
/// delivery is at least once, and receivers deduplicate on X-KooMessage-Event-Id.
/// </summary>
public sealed class CallbackDeliverer(IServiceScopeFactory scopes, IOptions<CallbackOptions> options, TimeProvider clock,
    ILogger<CallbackDeliverer> logger) : BackgroundService
{
    /// <summary>Names this instance's leases (at most 100 characters).</summary>
    private readonly string _owner = $"{Environment.MachineName[..Math.Min(60, Environment.MachineName.Length)]}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        await PollingLoop.RunAsync(async ct => await DeliverDueAsync(ct) > 0, options.Value.PollInterval, clock, logger, "Delivering callbacks", stoppingToken);
    }

    /// <summary>One round: lease up to Callbacks:BatchSize due events, send them concurrently, record the attempts.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var leased = await LeaseAsync(db, cancellationToken);
        if (leased.Count == 0)
            return 0;

        var deliveries = await db.Set<CallbackDelivery>().IgnoreQueryFilters().Where(d => leased.Contains(d.Id)).ToListAsync(cancellationToken);
        var appIds = deliveries.Select(d => d.AppId).Distinct().ToList();
        var apps = await db.Set<SmsApp>().IgnoreQueryFilters().Where(a => appIds.Contains(a.Id))
            .Select(a => new { a.Id, a.CallbackUrl, a.CallbackSecretProtected }).ToDictionaryAsync(a => a.Id, cancellationToken);
        var sender = scope.ServiceProvider.GetRequiredService<CallbackSender>();
        var secrets = scope.ServiceProvider.GetRequiredService<CallbackSigningSecrets>();

        var attempts = await Task.WhenAll(deliveries.Select(async delivery =>
        {
            if (apps.GetValueOrDefault(delivery.AppId) is not { CallbackUrl: { } url, CallbackSecretProtected: { } secret })
                return new CallbackAttempt(clock.GetUtcNow().UtcDateTime, null, 0, "The app has no callback URL any more.");
            return await sender.SendAsync(url, secrets.Unprotect(secret), delivery, cancellationToken);
        }));
        for (var i = 0; i < deliveries.Count; i++)
            deliveries[i].Record(attempts[i], options.Value);
        using (db.AllowCrossTenantWrites())
            await db.SaveChangesAsync(cancellationToken);
        return deliveries.Count;
    }

    private async Task<List<Guid>> LeaseAsync(KooMessageDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + options.Value.LeaseDuration;
        var due = await db.Set<CallbackDelivery>().IgnoreQueryFilters()
            .Where(d => d.Status == CallbackDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now))
            .OrderBy(d => d.NextAttemptAt)
            .Select(d => d.Id)
            .Take(Math.Max(1, options.Value.BatchSize))
            .ToListAsync(cancellationToken);
        var leased = new List<Guid>();
        foreach (var id in due)
        {
            var taken = await db.Set<CallbackDelivery>().IgnoreQueryFilters()
                .Where(d => d.Id == id && d.Status == CallbackDeliveryStatus.Pending && (d.LeaseUntil == null || d.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, _owner).SetProperty(d => d.LeaseUntil, until), cancellationToken);
            if (taken == 1)
                leased.Add(id);
        }
        return leased;
    }
}
