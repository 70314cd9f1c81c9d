using System.Collections.Concurrent;
using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tenancy.ApiKeys;

/// <summary>
/// Records when keys were last used off the request path: authentication notes the use in memory,
/// and a background loop writes the keys that are due in one UPDATE every few seconds (and once more
/// on shutdown). A key's last-used time is written at most once a minute, so reads do not turn into
/// writes.
/// </summary>
public sealed class ApiKeyUsage(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ApiKeyUsage> logger) : BackgroundService
{
    /// <summary>How precise <see cref="ApiKey.LastUsedAt"/> is (the API says "minute precision").</summary>
    public static readonly TimeSpan Resolution = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<Guid, DateTime> _pending = new();
    private readonly ConcurrentDictionary<Guid, DateTime> _written = new();

    /// <summary>Notes a use of <paramref name="key"/> (as read, possibly from the cache) at <paramref name="now"/>.</summary>
    public void Record(ApiKey key, DateTime now)
    {
        var last = _written.TryGetValue(key.Id, out var written) ? written : key.LastUsedAt;
        if (last is null || now - last > Resolution)
            _pending.TryAdd(key.Id, now);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(FlushInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await FlushAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: StopAsync writes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (id, at) in _written)
        {
            if (now - at > Resolution)
                _written.TryRemove(id, out _);
        }
        var due = _pending.Keys.ToList();
        if (due.Count == 0)
            return;
        foreach (var id in due)
        {
            _pending.TryRemove(id, out _);
            _written[id] = now;
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            // Keys are looked up before any tenant is known: the write ignores the tenant filter as the read did.
            await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<ApiKey>().IgnoreQueryFilters()
                .Where(k => due.Contains(k.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A last-used time is informational: a failed write is logged and the next use records it again.
            foreach (var id in due)
                _written.TryRemove(id, out _);
            logger.LogWarning(ex, "Recording when {Count} API keys were last used failed", due.Count);
        }
    }
}
