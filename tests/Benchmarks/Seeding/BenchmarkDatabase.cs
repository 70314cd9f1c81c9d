using KooMessage.Benchmarks.Load;
using KooMessage.Platform;
using KooMessage.Platform.Data;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Tenancy;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.Data.Sqlite;

namespace KooMessage.Benchmarks.Seeding;

/// <summary>
/// A benchmark's SQLite database, made by the platform itself: <see cref="Build"/> builds it in this
/// process exactly as Program does (initialising it runs the migrations), and <see cref="SeedTasksAsync"/>
/// adds a tenant with an app, signature and template and send tasks through the domain's own
/// constructors, so the rows a benchmark then bulk-inserts around them are ones the platform reads.
/// </summary>
public static class BenchmarkDatabase
{
    /// <summary>The platform on <paramref name="storage"/>, not started; the bootstrap admin key is the child process's, so both may run on one folder.</summary>
    public static WebApplication Build(string storage, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark", ContentRootPath = AppContext.BaseDirectory });
        // A port of the system's choosing: nothing here needs HTTP, but the host listens when started.
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Path"] = storage,
            ["Bootstrap:AdminApiKey"] = PlatformServerProcess.AdminKey,
        });
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);
        PlatformApplication.ConfigureServices(builder);
        return builder.Build();
    }

    /// <summary>A new folder with a migrated database and the seeded tenant and tasks; the in-process platform is gone when this returns.</summary>
    public static async Task<SeededTasks> CreateAsync(string storage, int tasks, int recipientsPerTask)
    {
        await using var app = Build(storage);
        await PlatformApplication.InitializeAsync(app.Services);
        var seeded = await SeedTasksAsync(app.Services, tasks, recipientsPerTask);
        SqliteConnection.ClearAllPools();
        return seeded;
    }

    /// <summary>
    /// A tenant with an app, signature and template, and <paramref name="tasks"/> send tasks of
    /// <paramref name="recipientsPerTask"/> resolvable numbers each, scheduled a year ahead (no dispatcher
    /// takes them), without recipient rows.
    /// </summary>
    public static async Task<SeededTasks> SeedTasksAsync(IServiceProvider services, int tasks, int recipientsPerTask)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var tenant = Tenant.Create("bench", "Benchmark tenant");
        db.Add(tenant);
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, tenant.Slug);

        var app = SmsApp.Create("bench", 1);
        db.Add(app);
        var signature = SmsSignature.Create(app.Id, new SmsSignatureDetails("示例科技", SmsType.Notification, SignatureSource.EnterpriseName, false, null, null));
        db.Add(signature);
        var template = SmsTemplate.Create(app.Id, signature.Id, new SmsTemplateContent("bench", SmsType.Notification, "您的订单${1}已发货，查看详情 ${2}",
            [new TemplateVariable(1, TemplateVariableType.CharDigit, 20), new TemplateVariable(2, TemplateVariableType.ShortLink, 0)], true), 20000);
        db.Add(template);
        var created = Enumerable.Range(0, tasks).Select(i => SendTask.Create(new SendTaskDefinition($"bench {i}", null, PublicSmartTemplates.Notice, app.Id,
                signature.Id, template.Id, "kmsg.cn", 7, SendMode.Scheduled, DateTime.UtcNow.AddYears(1), false, NumberSource.File, null, FallbackPolicy.None),
            new NumberParseResult(recipientsPerTask, 0, recipientsPerTask, 0))).ToList();
        db.AddRange(created);
        await db.SaveChangesAsync();
        return new SeededTasks(tenant.Id, created.Select(t => t.Id).ToList());
    }
}
