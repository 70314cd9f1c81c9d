using KooMessage.Platform.CommandLine;

namespace KooMessage.Platform.Observability;

/// <summary>
/// <c>Logging:Format</c>: <c>simple</c> (default, one readable line per entry) or <c>json</c> (one
/// JSON object per line, with the scopes: request id, trace and span ids, tenant and principal).
/// </summary>
public static class PlatformLogging
{
    public const string ConfigurationKey = "Logging:Format";

    public static void Configure(WebApplicationBuilder builder)
    {
        builder.Logging.Configure(options =>
            options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        var format = builder.Configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(format) || format.Equals("simple", StringComparison.OrdinalIgnoreCase))
            return;
        if (!format.Equals("json", StringComparison.OrdinalIgnoreCase))
            throw new PlatformStartupException($"{ConfigurationKey} must be 'simple' or 'json', not '{format}'.");
        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
    }
}
