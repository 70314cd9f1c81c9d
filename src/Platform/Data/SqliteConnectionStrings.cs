using Microsoft.Data.Sqlite;

namespace KooMessage.Platform.Data;

public static class SqliteConnectionStrings
{
    /// <summary>
    /// The embedded database file inside <paramref name="folder"/>. A generous busy timeout lets
    /// request handlers and background workers share the file without "database is locked".
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
