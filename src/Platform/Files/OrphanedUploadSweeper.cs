using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Files;

/// <summary>
/// A process killed mid-upload (kill -9, power loss) runs no clean-up: it can leave a spool file, a
/// half-written blob, or a whole blob whose row was never saved. This sweep deletes them at start-up
/// and every <see cref="FilesOptions.OrphanSweepInterval"/>, touching only what is older than
/// <see cref="FilesOptions.OrphanGracePeriod"/> and, for blobs, what no file row references — so it
/// is safe with several instances sharing one storage folder and database.
/// </summary>
public sealed class OrphanedUploadSweeper(IServiceScopeFactory scopes, IBlobStore blobs, IOptions<FilesOptions> options, TimeProvider clock,
    ILogger<OrphanedUploadSweeper> logger) : BackgroundService
{
    /// <summary>Keys looked up in the database at once: one bounded IN list per query.</summary>
    private const int Batch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Sweeping orphaned uploads failed; trying again at the next interval");
            }
            try
            {
                await Task.Delay(options.Value.OrphanSweepInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // File times are the file system's: compared with the real clock, not a test's TimeProvider.
        var cutoff = DateTime.UtcNow - settings.OrphanGracePeriod;
        var spools = UploadedFile.DeleteAbandonedSpools(settings.SpoolFolder, cutoff);
        var partial = blobs.DeleteAbandonedWrites(cutoff);
        var unreferenced = 0;
        foreach (var keys in blobs.ListWrittenBefore(cutoff).Chunk(Batch))
            unreferenced += await DeleteUnreferencedAsync(keys, cancellationToken);
        if (spools + partial + unreferenced > 0)
            logger.LogInformation("Deleted orphaned uploads: {Spools} spool file(s), {Partial} partial blob(s), {Unreferenced} blob(s) without a file row",
                spools, partial, unreferenced);
    }

    private async Task<int> DeleteUnreferencedAsync(string[] keys, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        // Every tenant's rows: the blob folder holds every tenant's files.
        var referenced = await db.Set<StoredFile>().IgnoreQueryFilters().AsNoTracking()
            .Where(f => keys.Contains(f.BlobKey)).Select(f => f.BlobKey).ToListAsync(cancellationToken);
        var orphans = keys.Except(referenced, StringComparer.Ordinal).ToList();
        foreach (var key in orphans)
            await blobs.DeleteAsync(key, cancellationToken);
        return orphans.Count;
    }
}
