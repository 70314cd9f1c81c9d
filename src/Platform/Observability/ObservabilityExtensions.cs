using GraphQL.DI;
using KooMessage.Platform.Events;
using KooMessage.Platform.Tenancy;
using OpenTelemetry;
using OpenTelemetry.Instrumentation.StackExchangeRedis;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KooMessage.Platform.Observability;

/// <summary>
/// Logs, traces and metrics. Tracing is configured always but runs only when something exports it
/// (an OTLP endpoint, or a test's in-memory exporter), so an instance without a collector pays
/// nothing for spans. Metrics run when OTLP or <c>/metrics</c> wants them.
/// </summary>
public static class ObservabilityExtensions
{
    private const string MetricsPolicy = "metrics-scraper";

    public static void AddObservability(this WebApplicationBuilder builder)
    {
        PlatformLogging.Configure(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;
        var telemetry = configuration.GetSection(OpenTelemetryOptions.Section).Get<OpenTelemetryOptions>() ?? new OpenTelemetryOptions();
        var metrics = configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        services.Configure<MetricsOptions>(configuration.GetSection(MetricsOptions.Section));

        services.AddSingleton<PlatformMetrics>();
        services.AddScoped<RequestLogContext>();
        services.AddSingleton<IConfigureExecution, GraphQLOperationTelemetry>();
        services.AddAuthorizationBuilder()
            .AddPolicy(MetricsPolicy, policy => policy.RequireClaim(KooClaimTypes.Role, RoleNames.PlatformAdmin));

        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing
            .AddSource(PlatformTelemetry.Name)
            .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbe(context.Request.Path))
            .AddHttpClientInstrumentation()
            // Statements only: parameter values (phone numbers, message text) are not recorded by default, and stay so.
            .AddEntityFrameworkCoreInstrumentation()
            .AddRedisInstrumentation()
            .ConfigureRedisInstrumentation((IServiceProvider provider, StackExchangeRedisInstrumentation redis) => provider.GetService<RedisConnection>()?.WhenConnected(connection => redis.AddConnection(connection))));

        var otel = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(telemetry.ServiceName));
        if (telemetry.Endpoint is { } endpoint)
            otel.WithTracing(tracing => tracing.AddOtlpExporter(options => Export(options, telemetry, endpoint, "traces")));
        if (telemetry.Endpoint is null && !metrics.Enabled)
            return;
        otel.WithMetrics(meters =>
        {
            meters.AddMeter(PlatformTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation();
            if (telemetry.Endpoint is { } endpoint)
                meters.AddOtlpExporter(options => Export(options, telemetry, endpoint, "metrics"));
            if (metrics is { Enabled: true, Port: { } port })
                meters.AddPrometheusHttpListener(options =>
                {
                    options.Host = "*";
                    options.Port = port;
                });
            else if (metrics.Enabled)
                meters.AddPrometheusExporter();
        });
    }

    /// <summary>First in the pipeline: the request id and the access log cover everything after it.</summary>
    public static void UseRequestLogging(this IApplicationBuilder app) => app.UseMiddleware<RequestLoggingMiddleware>();

    /// <summary>After tenancy: the tenant and principal join the logging scope.</summary>
    public static void UsePrincipalLogScope(this IApplicationBuilder app) => app.UseMiddleware<PrincipalLogScopeMiddleware>();

    public static void MapMetrics(this WebApplication app)
    {
        // Created now, so the observable gauges exist before the first scrape.
        app.Services.GetRequiredService<PlatformMetrics>();
        var options = app.Configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        if (options is { Enabled: true, Port: null })
            app.MapPrometheusScrapingEndpoint(MetricsOptions.Path).RequireAuthorization(MetricsPolicy);
    }

    private static bool IsProbe(PathString path)
        => path.StartsWithSegments("/health") || path.StartsWithSegments(MetricsOptions.Path);

    private static void Export(OtlpExporterOptions options, OpenTelemetryOptions telemetry, Uri endpoint, string signal)
    {
        options.Protocol = telemetry.Protocol;
        // Over HTTP each signal has its own path; gRPC takes the collector's address as it is.
        options.Endpoint = telemetry.Protocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri(endpoint, $"{endpoint.AbsolutePath.TrimEnd('/')}/v1/{signal}")
            : endpoint;
    }
}
