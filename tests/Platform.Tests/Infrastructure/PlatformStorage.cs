using Microsoft.Data.Sqlite;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// What a platform instance left in its Storage:Path folder, read directly rather than through the
/// API: the SQLite database (recounts the API would only repeat from the same counters) and the
/// filesystem blob store.
/// </summary>
public sealed class PlatformStorage(string path)
{
    public string Path => path;

    public string BlobFolder => System.IO.Path.Combine(path, "blobs");

    /// <summary>Blob keys ("{tenant}/{file}") of every file in the blob folder, including partial writes.</summary>
    public IReadOnlyList<string> BlobKeys()
        => Directory.Exists(BlobFolder)
            ? Directory.EnumerateFiles(BlobFolder, "*", SearchOption.AllDirectories)
                .Select(f => System.IO.Path.GetRelativePath(BlobFolder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The single value of a query; parameters are given as ("@name", value) pairs.</summary>
    public long Count(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public IReadOnlyList<string> Strings(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(reader.GetString(0));
        return values;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = System.IO.Path.Combine(path, "koomessage.db"),
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        return connection;
    }
}
