using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KooMessage.Platform.Data;

/// <summary>The PostgreSQL counterpart of <see cref="SqliteDesignTimeFactory"/>; no server is contacted.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresKooMessageDbContext>
{
    public PostgresKooMessageDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresKooMessageDbContext>().UseNpgsql("Host=design-time;Database=koomessage").Options,
        new TenantContext(), TimeProvider.System);
}
