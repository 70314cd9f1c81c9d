using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KooMessage.Platform.Data;

/// <summary>
/// Per-connection SQLite settings. In WAL mode, synchronous=NORMAL syncs at checkpoints instead of
/// every commit: a crash of the process loses nothing, a power cut may lose the last commits — the
/// usual trade for an embedded database, and what makes batch writes (dispatch) fast.
/// case_sensitive_like makes the LIKE behind <c>startsWith</c>/<c>endsWith</c> filters case-sensitive, as
/// the schema promises and as PostgreSQL's LIKE is (SQLite's is case-insensitive for ASCII otherwise).
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
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA case_sensitive_like=ON;";
        command.ExecuteNonQuery();
    }
}
