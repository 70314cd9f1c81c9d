namespace KooMessage.Platform.Data;

public enum DatabaseProvider
{
    /// <summary>Embedded default: a file under Storage:Path, nothing to install.</summary>
    Sqlite,

    /// <summary>Production: SQL Server 2022 (docker-compose).</summary>
    SqlServer,
}
