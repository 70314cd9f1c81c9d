namespace KooMessage.Platform.Http;

/// <summary>
/// CORS for browser apps on other origins, on the paths they call (<c>/graphql</c>, <c>/files/*</c>):
/// the listed origins only, the request headers our clients send, the response headers they read,
/// and no credentials (keys travel in headers, never cookies).
/// </summary>
public static class PlatformCors
{
    private const string Policy = "koomessage-browsers";

    /// <summary>Request headers browser clients send: keys, tenant selection, GraphQL's CSRF preflight header, JSON and multipart bodies.</summary>
    private static readonly string[] AllowedHeaders = ["authorization", "x-api-key", "x-tenant-id", "graphql-preflight", "content-type", "x-request-id"];

    /// <summary>Response headers a page may read: rate-limit and authentication answers, request correlation.</summary>
    private static readonly string[] ExposedHeaders = ["retry-after", "www-authenticate", "x-request-id"];

    public static IServiceCollection AddPlatformCors(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(CorsOptions.Section).Get<CorsOptions>() ?? new CorsOptions();
        services.AddCors(cors => cors.AddPolicy(Policy, policy => policy
            .WithOrigins(options.AllowedOrigins)
            .WithMethods("GET", "POST")
            .WithHeaders(AllowedHeaders)
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(options.PreflightMaxAge)
            .DisallowCredentials()));
        return services;
    }

    /// <summary>Answers preflights and adds the CORS headers before anything else on these paths can refuse the request.</summary>
    public static IApplicationBuilder UsePlatformCors(this IApplicationBuilder app)
        => app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase)
                || context.Request.Path.StartsWithSegments("/files", StringComparison.OrdinalIgnoreCase),
            branch => branch.UseCors(Policy));
}
