using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Data;

public static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction under the provider's execution strategy (SQL
    /// Server retries transient failures, which needs the whole unit to be re-runnable).
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this KooMessageDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        => db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
}
