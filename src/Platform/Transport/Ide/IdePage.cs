using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Transport.Ide;

/// <summary>
/// The GraphiQL page: our own small HTML that loads the pinned bundle from the configured base (a CDN,
/// or the platform itself for <see cref="IdeOptions.AssetPath"/>) with SRI, and the page script.
/// Built once; only the Content-Security-Policy depends on the request (its WebSocket origin).
/// </summary>
public sealed class IdePage
{
    private const string DefaultQuery = """
        # KooMessage GraphQL API. Put your API key in the Headers tab below, e.g.
        #   { "Authorization": "Bearer km_..." }
        # A platform key acting on one tenant adds "X-Tenant-Id": "<tenant slug or id>".
        # Ctrl-Enter runs the operation; the Docs button on the left explores the schema.

        query Viewer {
          viewer {
            authenticated
            roles
            tenant { id slug name }
          }
        }

        """;

    private const string DefaultHeaders = """
        {
          // "Authorization": "Bearer <API key>",
          // "X-Tenant-Id": "<tenant, for platform keys>"
        }
        """;

    private readonly string _assetOrigins;

    public IdePage(IOptions<IdeOptions> options)
    {
        var packageBase = PackageBase(options.Value);
        // A rooted path ("/graphql-ide/…") is this origin; on Unix Uri would read it as a file:// URI.
        _assetOrigins = !packageBase.StartsWith('/') && Uri.TryCreate(packageBase, UriKind.Absolute, out var cdn)
            ? " " + cdn.GetLeftPart(UriPartial.Authority)
            : "";
        var config = JsonSerializer.Serialize(new
        {
            endpoint = GraphQLHttpOptions.Path,
            defaultQuery = DefaultQuery,
            defaultHeaders = DefaultHeaders,
            workers = new Dictionary<string, object>
            {
                ["editor"] = Worker(IdeAssets.EditorWorker),
                ["json"] = Worker(IdeAssets.JsonWorker),
                ["graphql"] = Worker(IdeAssets.GraphQLWorker),
            },
        }).Replace("</", "<\\/", StringComparison.Ordinal);
        Html = $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>KooMessage GraphiQL</title>
            <link rel="stylesheet" href="{{Attribute(IdeAssets.Stylesheet.UrlBelow(packageBase))}}" integrity="{{IdeAssets.Stylesheet.Integrity}}" crossorigin="anonymous">
            <script src="{{Attribute(IdeAssets.Bundle.UrlBelow(packageBase))}}" integrity="{{IdeAssets.Bundle.Integrity}}" crossorigin="anonymous" defer></script>
            <script src="{{IdeAssets.ScriptPath}}" defer></script>
            <script type="application/json" id="koomessage-ide-config">{{config}}</script>
            </head>
            <body style="margin: 0">
            <div id="graphiql" style="height: 100vh">Loading GraphiQL…</div>
            </body>
            </html>
            """;

        object Worker(IdeAsset asset) => new { url = asset.UrlBelow(packageBase), integrity = asset.Integrity };
    }

    public string Html { get; }

    /// <summary>
    /// Scripts and styles from here and the asset origin only (no inline script: the settings are a
    /// JSON block), workers from blobs of integrity-checked files, requests to this origin's HTTP and
    /// WebSocket endpoints; inline styles are allowed because the editor sets them at run time.
    /// </summary>
    public string ContentSecurityPolicy(HttpRequest request)
    {
        var socketOrigin = $"{(request.IsHttps ? "wss" : "ws")}://{request.Host}";
        return $"default-src 'none'; script-src 'self'{_assetOrigins}; style-src 'self' 'unsafe-inline'{_assetOrigins}; "
            + $"font-src 'self' data:{_assetOrigins}; img-src 'self' data:{_assetOrigins}; connect-src 'self' {socketOrigin}{_assetOrigins}; "
            + "worker-src blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    /// <summary>The URL of the pinned package's root: the platform's own asset path, or the CDN's <c>name@version/</c>.</summary>
    private static string PackageBase(IdeOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.AssetPath))
            return IdeAssets.LocalPath + "/";
        var cdn = options.AssetBaseUrl.EndsWith('/') ? options.AssetBaseUrl : options.AssetBaseUrl + "/";
        return $"{cdn}{IdeAssets.Package}@{IdeAssets.Version}/";
    }

    private static string Attribute(string value) => WebUtility.HtmlEncode(value);
}
