namespace KooMessage.Platform.Data;

public enum DatabaseProvider
{
    /// <summary>Embedded default: a file under Storage:Path, nothing to install.</summary>
    Sqlite,

    /// <summary>Production: SQL Server 2022 (docker-compose).</summary>
    SqlServer,

    /// <summary>A server database that runs anywhere, PostgreSQL 15 or newer; the test suite runs on it.</summary>
    Postgres,
}
