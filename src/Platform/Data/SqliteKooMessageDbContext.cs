using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Data;

/// <summary>The SQLite flavour; owns Migrations/Sqlite.</summary>
public sealed class SqliteKooMessageDbContext(
    DbContextOptions<SqliteKooMessageDbContext> options, TenantContext tenant, TimeProvider clock)
    : KooMessageDbContext(options, tenant, clock);
