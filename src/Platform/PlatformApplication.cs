using KooMessage.Platform.Data;
using KooMessage.Platform.Deletion;
using KooMessage.Platform.Events;
using KooMessage.Platform.Features.BasicEdition;
using KooMessage.Platform.Features.Dashboard;
using KooMessage.Platform.Features.Documents;
using KooMessage.Platform.Features.Quotas;
using KooMessage.Platform.Features.Filings;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.ServiceNumbers;
using KooMessage.Platform.Features.Statistics;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.Hosting;
using KooMessage.Platform.Http;
using KooMessage.Platform.Observability;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tenancy;
using KooMessage.Platform.Tenancy.Resolution;
using KooMessage.Platform.Transport;
using KooMessage.Platform.Transport.Ide;
using KooMessage.Platform.Transport.RateLimiting;
using KooMessage.Platform.Transport.Streaming;

namespace KooMessage.Platform;

/// <summary>
/// Composition of the platform: services and the request pipeline. Program.cs and the test hosts
/// both build the app through here, so tests run exactly what production runs.
/// </summary>
public static class PlatformApplication
{
    public static void ConfigureServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddGracefulShutdown(configuration);
        services.AddKooMessageData(configuration);
        services.AddKooMessageTenancy(configuration);
        services.AddKooMessageEvents(configuration);
        services.AddKooMessageReviews(configuration);
        services.AddKooMessageDeletion();
        services.AddKooMessageGraphQL(configuration);
        services.AddGraphQLRateLimits(configuration);
        services.AddPlatformCors(configuration);
        services.AddPlatformForwardedHeaders(configuration);
        services.AddPlatformResponseCompression();
        services.AddKooMessageSubscriptions(configuration);
        services.AddGraphQLIde(configuration);
        services.AddEndpointPolicies();
        services.AddHealthEndpoints();
        builder.AddObservability();

        services.AddFiles(configuration);
        services.AddFilings(configuration);
        services.AddMessaging(configuration);
        services.AddSendTasks(configuration);
        services.AddServiceNumbers(configuration);
        services.AddBasicEdition(configuration);
        services.AddDocuments(configuration);
        services.AddQuotas(configuration);
        services.AddDashboard();
    }

    public static void ConfigurePipeline(WebApplication app)
    {
        app.UseForwardedHeaders();
        // Outermost after the client's address is known: the request id and access log cover everything below.
        app.UseRequestLogging();
        app.UseResponseCompression();
        app.UsePlatformCors();
        app.UseKooMessageWebSockets();
        app.UseRateLimiter();
        app.UseMiddleware<TenancyMiddleware>();
        app.UsePrincipalLogScope();
        // Endpoint policies decide on the viewer and tenant that tenancy has just resolved.
        app.UseAuthorization();
        app.UseKooMessageGraphQL();
        app.MapHealthEndpoints();
        app.MapMetrics();

        app.MapFiles();
        app.MapSendTasks();
        app.MapBasicEdition();
        app.MapServiceNumbers();
        app.MapDocuments();
        app.MapStatistics();
        app.MapDashboard();
    }

    /// <summary>Migrates (when configured) and makes sure an admin key exists; runs before the server listens.</summary>
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<BootstrapAdminKey>().EnsureAsync(cancellationToken);
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>())
            await seeder.SeedAsync(db, cancellationToken);
    }
}
