namespace KooMessage.Platform.Data;

/// <summary>Configuration section "Database".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Connection string. For SQLite it defaults to a file "koomessage.db" under Storage:Path;
    /// SQL Server and PostgreSQL require one.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start-up (default true; turn off when a release job migrates).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
