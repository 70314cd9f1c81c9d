using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Data;

/// <summary>The PostgreSQL flavour; owns Migrations/Postgres.</summary>
public sealed class PostgresKooMessageDbContext(
    DbContextOptions<PostgresKooMessageDbContext> options, TenantContext tenant, TimeProvider clock)
    : KooMessageDbContext(options, tenant, clock);
