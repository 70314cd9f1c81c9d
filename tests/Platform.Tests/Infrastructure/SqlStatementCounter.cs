using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>Counts the SELECTs (readers) EF runs, to assert DataLoaders keep lists at a constant number of statements.</summary>
public sealed class SqlStatementCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
