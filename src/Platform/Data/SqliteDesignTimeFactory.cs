using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KooMessage.Platform.Data;

/// <summary>
/// Used only by `dotnet ef migrations add`: one factory per provider so each keeps its own
/// migrations folder (see README, "Database migrations").
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKooMessageDbContext>
{
    public SqliteKooMessageDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteKooMessageDbContext>().UseSqlite("Data Source=design-time.db").Options,
        new TenantContext(), TimeProvider.System);
}
