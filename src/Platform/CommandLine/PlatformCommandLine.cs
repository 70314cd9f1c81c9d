using Microsoft.AspNetCore.Connections;

namespace KooMessage.Platform.CommandLine;

/// <summary>
/// What the platform's command line accepts, its --help text, and how start-up failures an operator
/// can fix are reported: one line on stderr and exit code 1.
/// </summary>
public static class PlatformCommandLine
{
    /// <summary>Host options ASP.NET Core reads besides configuration keys (which contain ':').</summary>
    private static readonly HashSet<string> HostOptions = new(StringComparer.OrdinalIgnoreCase) { "urls", "environment", "contentRoot", "applicationName" };

    public const string Usage = """
        KooMessage Platform: multi-tenant smart messaging (云消息服务) as one GraphQL API.

        Usage:
          KooMessage.Platform [options]                      run the platform (GraphQL at /graphql)
          KooMessage.Platform schema export [--output FILE]  print the schema (SDL) or write it to FILE
          KooMessage.Platform operations export [--output FILE]
                                                     print the trusted-document manifest of src/Client/Operations
          KooMessage.Platform config reference [--output FILE]
                                                     write every configuration key with its default (docs/configuration.md)
          KooMessage.Platform --help                         show this text

        Options:
          --urls URLS                   where to listen, e.g. http://0.0.0.0:8080 (default http://localhost:5000)
          --environment NAME            Development, Production, ...
          --Section:Key=value           any configuration key, e.g. --Database:Provider=Postgres

        Configuration comes from appsettings.json beside the binary, environment variables (Section__Key,
        e.g. Database__ConnectionString, Bootstrap__AdminApiKey, Redis__Configuration) and the options above.
        Main keys: Storage:Path, Database:Provider, Database:ConnectionString, Bootstrap:AdminApiKey,
        Redis:Configuration, Gateway:Provider, GraphQL:*, GraphQL:Limits:*, GraphQL:RateLimits:*,
        GraphQL:TrustedDocumentsOnly, Subscriptions:*, Dispatch:*, Files:*, ShortLinks:*, BasicEdition:*,
        Cors:AllowedOrigins, Ide:Enabled, Ide:AssetBaseUrl, Ide:AssetPath, Proxy:KnownProxies,
        Proxy:KnownNetworks, Shutdown:Timeout, Logging:Format, Metrics:Enabled, OpenTelemetry:Endpoint.
        The README's Configuration section lists every key; docs/configuration.md their defaults.
        """;

    public static bool WantsHelp(string[] args) => args.Any(a => a is "--help" or "-h" or "-?");

    /// <summary>The first argument the platform does not understand, or null.</summary>
    public static string? FindUnknownArgument(string[] args)
    {
        var start = args.Length >= 2 && (args[0] is "schema" or "operations" && args[1] == "export" || ConfigurationReference.Matches(args)) ? 2 : 0;
        for (var i = start; i < args.Length; i++)
        {
            var argument = args[i];
            if (start == 2 && argument == "--output")
            {
                i++;
                continue;
            }
            if (!argument.StartsWith("--", StringComparison.Ordinal) && !argument.StartsWith('/'))
                return argument;
            var name = argument.TrimStart('-', '/').Split('=', 2)[0];
            if (!name.Contains(':', StringComparison.Ordinal) && !HostOptions.Contains(name))
                return argument;
            if (!argument.Contains('=', StringComparison.Ordinal))
                i++; // "--key value"
        }
        return null;
    }

    /// <summary>The one line to print for a start-up failure an operator can fix, or null for a bug (let it surface).</summary>
    public static string? Explain(Exception exception) => exception switch
    {
        PlatformStartupException startup => startup.Message,
        Microsoft.Extensions.Options.OptionsValidationException invalid => string.Join(" ", invalid.Failures),
        IOException { InnerException: AddressInUseException } busy
            => $"cannot listen: {busy.Message} Stop the other process or choose another address with --urls.",
        _ => null,
    };
}
