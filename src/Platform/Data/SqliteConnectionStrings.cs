using Microsoft.Data.Sqlite;

namespace KooMessage.Platform.Data;

public static class SqliteConnectionStrings
{
    /// <summary>
    /// The embedded database file inside <paramref name="folder"/>. A generous busy timeout lets
    /// request handlers and background workers share the file without "database is locked":
    /// Microsoft.Data.Sqlite retries a statement that meets SQLITE_BUSY or SQLITE_LOCKED until it
    /// elapses, BEGIN included, and EF's transactions begin IMMEDIATE (the write lock is taken up front,
    /// so a read never has to upgrade inside a transaction, which no retry could rescue). The load
    /// benchmark (50 clients writing beside the dispatcher) sees no lock errors with this alone.
    /// </summary>
    public static string ForFolder(string folder)
    {
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "koomessage.db"),
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
    }
}
