using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.SendTasks.Gateways;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;
using KooMessage.Platform.Tenancy.Resolution;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tests.Data;

/// <summary>
/// What each provider does its own way, checked on every provider that runs here: unique and
/// concurrency violations (recognised, and ConflictError over the API), bulk inserts (stored as
/// SaveChanges would store them, all or nothing), UTC times, and case-sensitive string filters.
/// </summary>
public sealed class DatabaseProviderTests
{
    private static OutgoingMessage Message(string id, string? link = null)
        => new(id, Guid.CreateVersion7(), Guid.CreateVersion7(), "+8613800138000", RecipientChannel.PlainSms, "【示例】您好", null, link, Trial: false);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unique_violations_of_save_changes_and_of_bulk_inserts_are_recognised(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await database.StartHostAsync(PlatformHost.WithoutBackgroundWork);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();

        db.Add(Tenant.Create("taken", "First"));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        db.Add(Tenant.Create("taken", "Second"));
        var saved = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.True(UniqueConstraint.IsViolation(saved), saved.InnerException?.Message);
        db.ChangeTracker.Clear();

        await db.BulkInsertAsync([SandboxMessage.From(Message("m1"), "test-instance")], CancellationToken.None);
        // One duplicate spoils the whole batch: the new row beside it is not stored either.
        var bulk = await Assert.ThrowsAnyAsync<Exception>(() => db.BulkInsertAsync([SandboxMessage.From(Message("m2"), "test-instance"), SandboxMessage.From(Message("m1"), "test-instance")], CancellationToken.None));
        Assert.True(UniqueConstraint.IsViolation(bulk), bulk.Message);
        Assert.Equal(["m1"], await db.Set<SandboxMessage>().Select(m => m.MessageId).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bulk_inserted_rows_read_back_as_save_changes_would_store_them(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await database.StartHostAsync(PlatformHost.WithoutBackgroundWork);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var before = DateTime.UtcNow.AddSeconds(-1);

        var rows = Enumerable.Range(0, 250).Select(i => SandboxMessage.From(Message($"bulk-{i:D3}", i % 2 == 0 ? $"https://kmsg.cn/{i:D8}" : null), "test-instance")).ToList();
        await db.BulkInsertAsync(rows, CancellationToken.None);

        var stored = await db.Set<SandboxMessage>().AsNoTracking().OrderBy(m => m.MessageId).ToListAsync();
        Assert.Equal(250, stored.Count);
        Assert.All(stored, m =>
        {
            Assert.Equal(RecipientChannel.PlainSms, m.Channel);
            Assert.Equal("【示例】您好", m.Text);
            Assert.Equal(DateTimeKind.Utc, m.CreatedAt.Kind);
            Assert.InRange(m.CreatedAt, before, DateTime.UtcNow.AddSeconds(1));
            Assert.Null(m.Receipt);
        });
        Assert.Equal("https://kmsg.cn/00000000", stored[0].ShortLinkUrl);
        Assert.Null(stored[1].ShortLinkUrl);
        // The enum is stored by name, as SaveChanges stores it: a query on it runs in SQL.
        Assert.Equal(250, await db.Set<SandboxMessage>().CountAsync(m => m.Channel == RecipientChannel.PlainSms && m.CreatedAt > before));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_write_based_on_a_stale_version_is_a_concurrency_conflict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await database.StartHostAsync(PlatformHost.WithoutBackgroundWork);
        var story = await SendTaskScenario.StartAsync(host, "stale");
        Assert.True(GlobalId.TryDecode(await story.CreateAsync(story.Input()), "SendTask", out var taskId));

        await using var first = host.Services.CreateAsyncScope();
        await using var second = host.Services.CreateAsyncScope();
        var one = await LoadAsync(first.ServiceProvider, taskId);
        var two = await LoadAsync(second.ServiceProvider, taskId);
        var db1 = first.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        db1.Entry(one).Property(t => t.Name).IsModified = true;
        await db1.SaveChangesAsync();
        db2.Entry(two).Property(t => t.Name).IsModified = true;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
    }

    private static async Task<SendTask> LoadAsync(IServiceProvider services, Guid taskId)
    {
        var task = await services.GetRequiredService<KooMessageDbContext>().Set<SendTask>().IgnoreQueryFilters().SingleAsync(t => t.Id == taskId);
        services.GetRequiredService<TenantContext>().Set(task.TenantId);
        return task;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Concurrent_creates_of_one_slug_make_one_tenant_and_conflict_errors(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await database.StartHostAsync(PlatformHost.WithoutBackgroundWork);
        var admin = host.Admin();
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            admin.TryMutateAsync("createTenant", $$"""{ slug: "race", name: "Racer {{i}}" }""", "tenant { id }", "... on ConflictError { conflictField: field }")));

        Assert.Single(results, r => !r.HasErrors());
        Assert.All(results.Where(r => r.HasErrors()), r => Assert.Equal(("ConflictError", "slug"), (r.ErrorType(), r.ErrorField())));
        var tenants = await admin.QueryAsync("""{ tenants(where: {slug: {eq: "race"}}) { totalCount } }""");
        Assert.Equal(1, tenants.GetProperty("tenants").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Text_filters_are_case_sensitive_and_times_are_utc(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await database.StartHostAsync(PlatformHost.WithoutBackgroundWork);
        var admin = host.Admin();
        await admin.MutateAsync("createTenant", """{ slug: "acme", name: "Acme Ltd" }""", "tenant { id }");

        async Task<int> Count(string where)
            => (await admin.QueryAsync($"{{ tenants(where: {where}) {{ totalCount }} }}")).GetProperty("tenants").GetProperty("totalCount").GetInt32();
        Assert.Equal(1, await Count("""{name: {contains: "me L"}}"""));
        Assert.Equal(0, await Count("""{name: {contains: "acme"}}"""));
        Assert.Equal(1, await Count("""{name: {startsWith: "Acme"}}"""));
        Assert.Equal(0, await Count("""{name: {startsWith: "ACME"}}"""));
        Assert.Equal(1, await Count("""{name: {endsWith: "Ltd"}}"""));
        Assert.Equal(0, await Count("""{name: {endsWith: "LTD"}}"""));
        Assert.Equal(0, await Count("""{name: {eq: "acme ltd"}}"""));

        var createdAt = (await admin.QueryAsync("""{ tenants(where: {slug: {eq: "acme"}}) { nodes { createdAt } } }"""))
            .GetProperty("tenants").GetProperty("nodes")[0].GetProperty("createdAt").GetString()!;
        Assert.EndsWith("Z", createdAt);
        var since = DateTime.UtcNow.AddMinutes(-5).ToString("O");
        Assert.Equal(1, await Count($$$"""{createdAt: {gt: "{{{since}}}"}, name: {eq: "Acme Ltd"}}"""));
    }
}
