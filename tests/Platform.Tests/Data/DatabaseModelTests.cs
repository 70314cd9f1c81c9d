using KooMessage.Platform.Data;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tests.Data;

/// <summary>The model builds on every provider, and each provider's migrations are complete.</summary>
public sealed class DatabaseModelTests
{
    private static SqlServerKooMessageDbContext SqlServer() => new(
        new DbContextOptionsBuilder<SqlServerKooMessageDbContext>().UseSqlServer("Server=unused;Database=KooMessage").Options,
        new TenantContext(), TimeProvider.System);

    private static SqliteKooMessageDbContext Sqlite() => new(
        new DbContextOptionsBuilder<SqliteKooMessageDbContext>().UseSqlite("Data Source=:memory:").Options,
        new TenantContext(), TimeProvider.System);

    private static PostgresKooMessageDbContext Postgres() => new(
        new DbContextOptionsBuilder<PostgresKooMessageDbContext>().UseNpgsql("Host=unused;Database=koomessage").Options,
        new TenantContext(), TimeProvider.System);

    [Fact]
    public void The_sql_server_create_script_builds_without_a_server()
    {
        using var db = SqlServer();
        var script = db.Database.GenerateCreateScript();
        Assert.Contains("CREATE TABLE [Tenants]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Tenants_Slug]", script);
        Assert.Contains("[CreatedAt] datetime2 NOT NULL", script);
    }

    [Fact]
    public void Sql_server_migrations_match_the_model()
    {
        using var db = SqlServer();
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a SQL Server migration: dotnet ef migrations add <Name> --context SqlServerKooMessageDbContext --output-dir Data/Migrations/SqlServer");
    }

    [Fact]
    public void The_postgres_create_script_builds_without_a_server_and_stores_utc_times()
    {
        using var db = Postgres();
        var script = db.Database.GenerateCreateScript();
        Assert.Contains("\"CreatedAt\" timestamp with time zone NOT NULL", script);
        Assert.DoesNotContain("timestamp without time zone", script);
        Assert.Contains("CREATE UNIQUE INDEX \"IX_Tenants_Slug\"", script);
    }

    [Fact]
    public void Postgres_migrations_match_the_model()
    {
        using var db = Postgres();
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a PostgreSQL migration: dotnet ef migrations add <Name> --context PostgresKooMessageDbContext --output-dir Data/Migrations/Postgres");
    }

    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = Sqlite();
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a SQLite migration: dotnet ef migrations add <Name> --context SqliteKooMessageDbContext --output-dir Data/Migrations/Sqlite");
    }

    /// <summary>PostgreSQL started later from one baseline migration of the whole model; its later migrations follow the others'.</summary>
    [Fact]
    public void Sqlite_and_sql_server_have_the_same_migrations()
    {
        using var sqlite = Sqlite();
        using var sqlServer = SqlServer();
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_') + 1)..]);
        Assert.Equal(Names(sqlite), Names(sqlServer));
    }
}
