using KooMessage.Platform.CommandLine;
using KooMessage.Platform.Data;
using KooMessage.Platform.Tenancy.ApiKeys;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tenancy;

/// <summary>
/// Makes sure an operator can get in on first run: Bootstrap:AdminApiKey becomes a PLATFORM_ADMIN
/// key; without it, a PLATFORM_ADMIN key is generated and printed once when none exists.
/// </summary>
public sealed class BootstrapAdminKey(KooMessageDbContext db, IConfiguration configuration, ILogger<BootstrapAdminKey> logger)
{
    public const string ConfigurationKey = "Bootstrap:AdminApiKey";

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var keys = db.Set<ApiKey>().IgnoreQueryFilters();
        var configured = configuration[ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            configured = configured.Trim();
            if (!ApiKeySecrets.LooksLikeApiKey(configured) || configured.Length < 24)
                throw new PlatformStartupException($"{ConfigurationKey} must start with '{ApiKeySecrets.Prefix}' and be at least 24 characters long.");
            var hash = ApiKeySecrets.Hash(configured);
            if (await keys.AnyAsync(k => k.SecretHash == hash, cancellationToken))
                return;
            db.Add(ApiKey.FromBootstrapSecret(configured));
            await SaveIgnoringRaceAsync(cancellationToken);
            logger.LogInformation("The configured {Key} is now a PLATFORM_ADMIN API key.", ConfigurationKey);
            return;
        }

        if (await keys.AnyAsync(k => k.Role == Role.PlatformAdmin && k.RevokedAt == null, cancellationToken))
            return;
        var (key, secret) = ApiKey.Issue(null, "generated at first start", Role.PlatformAdmin);
        db.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        // Printed to the console on purpose, once: the secret is not stored anywhere and is not logged.
        Console.WriteLine();
        Console.WriteLine("KooMessage: no PLATFORM_ADMIN key existed, so one was generated. Store it now; it is not shown again:");
        Console.WriteLine($"    {secret}");
        Console.WriteLine();
        logger.LogWarning("Generated a PLATFORM_ADMIN API key with prefix {Prefix} (printed once to the console).", key.Prefix);
    }

    /// <summary>Several instances may start together with the same configured key; the loser of the insert is fine.</summary>
    private async Task SaveIgnoringRaceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueConstraint.IsViolation(ex))
        {
            db.ChangeTracker.Clear();
        }
    }
}
