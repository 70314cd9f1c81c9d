using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KooMessage.Platform.Data;

/// <summary>The SQL Server counterpart of <see cref="SqliteDesignTimeFactory"/>; no server is contacted.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerKooMessageDbContext>
{
    public SqlServerKooMessageDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqlServerKooMessageDbContext>().UseSqlServer("Server=design-time;Database=KooMessage").Options,
        new TenantContext(), TimeProvider.System);
}
