using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KooMessage.Platform.Data;

/// <summary>
/// Per-connection SQLite settings. In WAL mode, synchronous=NORMAL syncs at checkpoints instead of
/// every commit: a crash of the process loses nothing, a power cut may lose the last commits — the
/// usual trade for an embedded database, and what makes batch writes (dispatch) fast.
/// case_sensitive_like makes the LIKE behind <c>startsWith</c>/<c>endsWith</c> filters case-sensitive, as
/// the schema promises and as PostgreSQL's LIKE is (SQLite's is case-insensitive for ASCII otherwise).
/// busy_timeout lets SQLite itself wait for another connection's write lock, retrying within a
/// millisecond or a few of its release: Microsoft.Data.Sqlite's own retry (until the command timeout)
/// sleeps 150 ms between attempts, which made every collision of the dispatcher with the receipt
/// worker cost a sixth of a second. The wait is bounded by the same command timeout.
/// </summary>
public sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tune(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Tune(connection);
        return Task.CompletedTask;
    }

    private static void Tune(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        var timeout = connection is SqliteConnection sqlite ? sqlite.DefaultTimeout : 30;
        command.CommandText = $"PRAGMA synchronous=NORMAL; PRAGMA case_sensitive_like=ON; PRAGMA busy_timeout={timeout * 1000};";
        command.ExecuteNonQuery();
    }
}
