using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Data;

/// <summary>The SQL Server flavour; owns Migrations/SqlServer.</summary>
public sealed class SqlServerKooMessageDbContext(
    DbContextOptions<SqlServerKooMessageDbContext> options, TenantContext tenant, TimeProvider clock)
    : KooMessageDbContext(options, tenant, clock);
