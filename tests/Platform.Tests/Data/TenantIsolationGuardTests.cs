using KooMessage.Platform.Data;
using KooMessage.Platform.Tenancy;
using KooMessage.Platform.Tenancy.Resolution;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Tests.Data;

/// <summary>
/// The DbContext's isolation on a tenant-owned entity: query filter, insert stamping and the
/// SaveChanges guard, on every provider. Uses a probe entity so the guard is tested before any
/// feature depends on it.
/// </summary>
public sealed class TenantIsolationGuardTests : IAsyncLifetime
{
    private readonly Guid _tenantA = Guid.CreateVersion7();
    private readonly Guid _tenantB = Guid.CreateVersion7();
    private readonly SqliteConnection _sqlite = new("Data Source=:memory:");
    private string? _postgres;
    private DatabaseProvider _provider;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Creates the probe schema on a fresh database of <paramref name="provider"/>.</summary>
    private async Task UseAsync(DatabaseProvider provider)
    {
        _provider = provider;
        if (provider == DatabaseProvider.Postgres)
            _postgres = await TestPostgres.CreateDatabaseAsync();
        else
            await _sqlite.OpenAsync();
        await using var db = Create(null);
        await db.Database.EnsureCreatedAsync();
    }

    private ProbeDbContext Create(Guid? tenant)
    {
        var context = new TenantContext();
        if (tenant is { } id)
            context.Set(id, id.ToString("N"));
        var options = new DbContextOptionsBuilder<ProbeDbContext>();
        if (_provider == DatabaseProvider.Postgres)
            options.UseNpgsql(_postgres);
        else
            options.UseSqlite(_sqlite);
        return new ProbeDbContext(options.Options, context);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Inserts_are_stamped_and_reads_are_filtered_by_tenant(DatabaseProvider provider)
    {
        await UseAsync(provider);
        await using (var a = Create(_tenantA))
        {
            a.Add(new Probe { Name = "a's" });
            await a.SaveChangesAsync();
        }
        await using (var b = Create(_tenantB))
        {
            b.Add(new Probe { Name = "b's" });
            await b.SaveChangesAsync();
            Assert.Equal(["b's"], await b.Set<Probe>().Select(p => p.Name).ToListAsync());
        }
        await using var none = Create(null);
        Assert.Empty(await none.Set<Probe>().ToListAsync());
        Assert.Equal(2, await none.Set<Probe>().IgnoreQueryFilters().CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Writing_another_tenants_row_throws_and_writes_nothing(DatabaseProvider provider)
    {
        await UseAsync(provider);
        Guid id;
        await using (var a = Create(_tenantA))
        {
            var probe = new Probe { Name = "original" };
            a.Add(probe);
            await a.SaveChangesAsync();
            id = probe.Id;
        }
        await using (var b = Create(_tenantB))
        {
            var foreign = await b.Set<Probe>().IgnoreQueryFilters().SingleAsync(p => p.Id == id);
            foreign.Name = "hijacked";
            await Assert.ThrowsAsync<TenantIsolationException>(() => b.SaveChangesAsync());

            b.ChangeTracker.Clear();
            b.Add(new Probe { Name = "planted", TenantId = _tenantA });
            await Assert.ThrowsAsync<TenantIsolationException>(() => b.SaveChangesAsync());
        }
        await using (var none = Create(null))
        {
            none.Add(new Probe { Name = "orphan" });
            await Assert.ThrowsAsync<TenantIsolationException>(() => none.SaveChangesAsync());
        }
        await using var check = Create(_tenantA);
        Assert.Equal(["original"], await check.Set<Probe>().Select(p => p.Name).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Cross_tenant_writes_need_an_explicit_scope(DatabaseProvider provider)
    {
        await UseAsync(provider);
        Guid id;
        await using (var a = Create(_tenantA))
        {
            var probe = new Probe { Name = "pending review" };
            a.Add(probe);
            await a.SaveChangesAsync();
            id = probe.Id;
        }
        await using var platform = Create(null);
        var row = await platform.Set<Probe>().IgnoreQueryFilters().SingleAsync(p => p.Id == id);
        row.Name = "approved";
        using (platform.AllowCrossTenantWrites())
            await platform.SaveChangesAsync();
        row.Name = "again";
        await Assert.ThrowsAsync<TenantIsolationException>(() => platform.SaveChangesAsync());
    }

    public async Task DisposeAsync()
    {
        await _sqlite.DisposeAsync();
        if (_postgres is not null)
            await TestPostgres.DropDatabaseAsync(_postgres);
    }

    public sealed class Probe : Entity, ITenantOwned
    {
        public Guid TenantId { get; set; }

        public string Name { get; set; } = string.Empty;
    }

    /// <summary>The real DbContext with one extra tenant-owned entity.</summary>
    private sealed class ProbeDbContext(DbContextOptions<ProbeDbContext> options, TenantContext tenant)
        : KooMessageDbContext(options, tenant, TimeProvider.System)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Probe>(ConfigureProbe);
            base.OnModelCreating(modelBuilder);
        }

        private static void ConfigureProbe(EntityTypeBuilder<Probe> probe) => probe.ToTable("Probes");
    }
}
