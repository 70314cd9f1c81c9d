using KooMessage.Platform.Events;
using KooMessage.Platform.Tenancy;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Transport.Streaming;

/// <summary>
/// Looks after every open streaming connection of this instance from one place (rather than a timer
/// per connection): ends those whose credentials were revoked — at once when an
/// <see cref="AccessRevoked"/> event arrives from any instance, and by re-checking the credentials
/// periodically for what no event announces (an expired token, a key revoked while an instance was
/// cut off) — and sends keep-alives.
/// </summary>
public sealed class StreamingConnectionMonitor(
    StreamingConnectionRegistry registry,
    StreamAuthenticator authenticator,
    CredentialCache credentials,
    IEventBus bus,
    IOptions<SubscriptionOptions> options,
    ILogger<StreamingConnectionMonitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var revocations = new AccessRevokedObserver(bus, OnRevoked, logger);
        await Task.WhenAll(
            EveryAsync(options.Value.KeepAliveInterval, SendKeepAlives, stoppingToken),
            EveryAsync(options.Value.RevalidationInterval, () => RevalidateAsync(stoppingToken), stoppingToken));
    }

    private static async Task EveryAsync(TimeSpan interval, Func<Task> action, CancellationToken stoppingToken)
    {
        if (interval <= TimeSpan.Zero)
            return;
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await action();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private Task SendKeepAlives()
    {
        foreach (var connection in registry.Connections)
            connection.SendKeepAlive();
        return Task.CompletedTask;
    }

    /// <summary>Checks each distinct set of credentials once, however many connections share it.</summary>
    private async Task RevalidateAsync(CancellationToken cancellationToken)
    {
        // Re-validation is for revocations no event announced: it must read the database, not the cache.
        if (registry.Connections.Count == 0)
            return;
        credentials.Forget();
        foreach (var group in registry.Connections.GroupBy(c => c.Subscriber.Credentials))
        {
            StreamAuthentication result;
            try
            {
                result = await authenticator.AuthenticateAsync(group.Key, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database being unreachable says nothing about the credentials: keep the connections.
                logger.LogWarning(ex, "Re-validating streaming connections failed; they stay open until the next attempt");
                continue;
            }
            if (result.Subscriber is not null)
                continue;
            foreach (var connection in group)
                connection.Revoke(result.Message!);
        }
    }

    private void OnRevoked(AccessRevoked revoked)
    {
        foreach (var connection in registry.Connections)
        {
            var subscriber = connection.Subscriber;
            var matches = revoked.ApiKeyId is { } keyId
                ? subscriber.ApiKeyId == keyId
                // A suspension ends the tenant's own principals; platform principals acting on it keep working, as over HTTP.
                : revoked.TenantId is { } tenantId && !subscriber.IsPlatformPrincipal && subscriber.Identity.TenantId == tenantId;
            if (matches)
                connection.Revoke(revoked.Reason);
        }
    }
}
