using System.Linq.Expressions;
using KooMessage.Platform.Tenancy.ApiKeys;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Data;

/// <summary>
/// The one DbContext. Provider-specific subclasses (<see cref="SqliteKooMessageDbContext"/>,
/// <see cref="SqlServerKooMessageDbContext"/>, <see cref="PostgresKooMessageDbContext"/>) exist only so each provider owns its migrations.
/// Tenant isolation lives here: a query filter on every <see cref="ITenantOwned"/> entity and a
/// SaveChanges guard that stamps inserts and refuses writes outside the current tenant.
/// </summary>
public abstract class KooMessageDbContext : DbContext
{
    private readonly TenantContext _tenant;
    private readonly TimeProvider _clock;
    private int _crossTenantWrites;
    private bool _crossTenantReads;

    protected KooMessageDbContext(DbContextOptions options, TenantContext tenant, TimeProvider clock)
        : base(options)
    {
        _tenant = tenant;
        _clock = clock;
    }

    /// <summary>Read by the query filters; EF re-evaluates it per context instance.</summary>
    private Guid? CurrentTenantId => _tenant.TenantId;

    /// <summary>Read by the query filters: when set, tenant-owned rows of every tenant are visible.</summary>
    private bool CrossTenantReads => _crossTenantReads;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        // Enums are stored by name: readable in SQL, and reordering an enum never corrupts data.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KooMessageDbContext).Assembly);

        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            var clr = entityType.ClrType;
            if (typeof(IVersioned).IsAssignableFrom(clr))
                modelBuilder.Entity(clr).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            if (typeof(ITenantOwned).IsAssignableFrom(clr) && entityType.BaseType is null)
            {
                modelBuilder.Entity(clr).HasIndex(nameof(ITenantOwned.TenantId));
                modelBuilder.Entity(clr).HasQueryFilter(TenantFilter(clr));
            }
            else if (typeof(ISoftDeletable).IsAssignableFrom(clr))
            {
                throw new InvalidOperationException($"{clr.Name} is soft-deletable but not a tenant-owned root entity; its tombstones would not be filtered.");
            }
        }

        // API keys are the one entity whose tenant is optional (platform keys have none): a tenant
        // sees its own keys, a platform principal outside any tenant sees the platform keys.
        // Writes to keys happen only in Tenancy/ApiKeys, which checks ownership itself.
        modelBuilder.Entity<ApiKey>().HasQueryFilter(k => k.TenantId == CurrentTenantId);
    }

    /// <summary>
    /// Builds <c>e =&gt; (Guid?)e.TenantId == this.CurrentTenantId || this.CrossTenantReads</c> for one
    /// entity type, for <see cref="IPlatformShared"/> entities also <c>|| e.IsPlatformShared</c>, and
    /// for <see cref="ISoftDeletable"/> ones <c>&amp;&amp; e.DeletedAt == null</c>: a tombstone is hidden
    /// from everyone, reviewers included.
    /// </summary>
    private LambdaExpression TenantFilter(Type clr)
    {
        var entity = Expression.Parameter(clr, "e");
        var context = Expression.Constant(this, typeof(KooMessageDbContext));
        var tenantId = Expression.Convert(Expression.Property(entity, nameof(ITenantOwned.TenantId)), typeof(Guid?));
        var current = Expression.Property(context, nameof(CurrentTenantId));
        Expression visible = Expression.OrElse(Expression.Equal(tenantId, current), Expression.Property(context, nameof(CrossTenantReads)));
        if (typeof(IPlatformShared).IsAssignableFrom(clr))
            visible = Expression.OrElse(visible, Expression.Property(entity, nameof(IPlatformShared.IsPlatformShared)));
        if (typeof(ISoftDeletable).IsAssignableFrom(clr))
            visible = Expression.AndAlso(visible,
                Expression.Equal(Expression.Property(entity, nameof(ISoftDeletable.DeletedAt)), Expression.Constant(null, typeof(DateTime?))));
        return Expression.Lambda(visible, entity);
    }

    /// <summary>
    /// Makes every tenant's rows readable for the rest of this unit of work. Only the reviewers'
    /// code (Reviews/) calls this, for platform principals, so a reviewer can read what tenants
    /// submitted — subject, documents, history. Writes stay guarded.
    /// </summary>
    public void EnableCrossTenantReads() => _crossTenantReads = true;

    /// <summary>
    /// Lets the caller write rows of tenants other than the current one until disposed. Only code
    /// that crosses tenants by design (platform administration, reviews) calls this, explicitly.
    /// </summary>
    public IDisposable AllowCrossTenantWrites()
    {
        _crossTenantWrites++;
        return new CrossTenantScope(this);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ApplyRules();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ApplyRules();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void ApplyRules()
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                continue;
            if (entry.Entity is ITenantOwned owned)
                GuardTenant(entry, owned);
            if (entry.Entity is Entity entity)
            {
                if (entry.State == EntityState.Added)
                {
                    entity.CreatedAt = now;
                    entity.UpdatedAt = now;
                }
                else if (entry.State == EntityState.Modified)
                {
                    entity.UpdatedAt = now;
                }
            }
            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
                versioned.Version++;
        }
    }

    private void GuardTenant(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, ITenantOwned owned)
    {
        if (entry.State == EntityState.Added)
        {
            GuardInsert(owned, entry.Metadata.ClrType.Name);
            return;
        }
        if (owned is IPlatformShared { IsPlatformShared: true })
        {
            if (_crossTenantWrites == 0)
                throw new TenantIsolationException($"Platform-shared {entry.Metadata.ClrType.Name} rows change only in an explicit cross-tenant scope.");
            return;
        }

        var current = CurrentTenantId;
        var tenantProperty = entry.Property(nameof(ITenantOwned.TenantId));
        if (entry.State == EntityState.Modified && tenantProperty.IsModified)
            throw new TenantIsolationException($"The tenant of a {entry.Metadata.ClrType.Name} cannot change.");

        var rowTenant = (Guid)tenantProperty.OriginalValue!;
        if (rowTenant != current && _crossTenantWrites == 0)
            throw new TenantIsolationException(
                $"Refused to {entry.State.ToString().ToLowerInvariant()} a {entry.Metadata.ClrType.Name} of another tenant.");
    }

    /// <summary>Insert rule: stamp the current tenant, or refuse a row of another tenant (or one with no tenant in context).</summary>
    private void GuardInsert(ITenantOwned owned, string typeName)
    {
        if (owned is IPlatformShared { IsPlatformShared: true })
        {
            if (_crossTenantWrites == 0)
                throw new TenantIsolationException($"Platform-shared {typeName} rows change only in an explicit cross-tenant scope.");
            return;
        }
        var current = CurrentTenantId;
        if (owned.TenantId == Guid.Empty)
        {
            owned.TenantId = current ?? throw new TenantIsolationException($"Cannot insert {typeName} without a tenant in context.");
            return;
        }
        if (owned.TenantId != current && _crossTenantWrites == 0)
            throw new TenantIsolationException($"Refused to add a {typeName} of another tenant.");
    }

    /// <summary>
    /// Inserts many new rows with multi-row INSERT statements instead of change tracking — for the
    /// hot paths (recipients, short links, the Sandbox's log). The same insert rules apply (tenant
    /// stamp and guard, timestamps); the rows are not tracked afterwards. Only flat entities (no owned
    /// types) qualify. Joins the current transaction, if any.
    /// </summary>
    public async Task BulkInsertAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
            return;
        var now = _clock.GetUtcNow().UtcDateTime;
        foreach (var row in rows)
        {
            if (row is ITenantOwned owned)
                GuardInsert(owned, typeof(T).Name);
            if (row is Entity entity)
            {
                entity.CreatedAt = now;
                entity.UpdatedAt = now;
            }
        }
        await BulkInserter.InsertAsync(this, rows, cancellationToken);
    }

    /// <summary>
    /// Inserts <paramref name="row"/>, or adds its <paramref name="counters"/> to the existing row with the
    /// same <paramref name="key"/> (the properties of a unique index): one atomic statement, safe when
    /// several transactions add to the same new row at once (<see cref="CounterUpserter"/>). The insert
    /// rules apply (tenant guard, timestamps); nothing is tracked. Joins the current transaction, if any.
    /// </summary>
    public Task AddToCountersAsync<T>(T row, IReadOnlyCollection<string> key, IReadOnlyCollection<string> counters, CancellationToken cancellationToken)
        where T : class
    {
        if (row is ITenantOwned owned)
            GuardInsert(owned, typeof(T).Name);
        if (row is Entity entity)
            entity.CreatedAt = entity.UpdatedAt = _clock.GetUtcNow().UtcDateTime;
        return CounterUpserter.AddAsync(this, row, key, counters, cancellationToken);
    }

    private sealed class CrossTenantScope(KooMessageDbContext owner) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
                return;
            _disposed = true;
            owner._crossTenantWrites--;
        }
    }
}
