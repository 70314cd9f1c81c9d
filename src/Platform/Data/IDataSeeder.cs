namespace KooMessage.Platform.Data;

/// <summary>
/// Puts platform-provided rows in place at start-up (after migrations). Must be idempotent: every
/// instance runs it on every start.
/// </summary>
public interface IDataSeeder
{
    Task SeedAsync(KooMessageDbContext db, CancellationToken cancellationToken);
}
