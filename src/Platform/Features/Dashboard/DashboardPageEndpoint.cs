using KooMessage.Platform.Http;

namespace KooMessage.Platform.Features.Dashboard;

/// <summary>
/// <c>GET /dashboard</c>: the live overview in a browser. Our own small page (HTML, script and
/// stylesheet embedded in the assembly, no third-party code, the chart is plain SVG); it signs in with
/// an API key the person types, reads <c>overview</c> and <c>messageStatistics</c> over HTTP and
/// follows <c>dashboardUpdated</c> over graphql-transport-ws. The page itself is public (it holds no
/// data); every number comes from the API under the key's own tenant and roles.
/// </summary>
public static class DashboardPageEndpoint
{
    public const string Path = "/dashboard";
    public const string ScriptPath = Path + "/dashboard.js";
    public const string StylesheetPath = Path + "/dashboard.css";

    private static readonly Lazy<byte[]> Html = new(() => Resource("dashboard.html"));
    private static readonly Lazy<byte[]> Script = new(() => Resource("dashboard.js"));
    private static readonly Lazy<byte[]> Stylesheet = new(() => Resource("dashboard.css"));

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, context => WriteAsync(context, "text/html; charset=utf-8", Html.Value, page: true));
        endpoints.MapGet(ScriptPath, context => WriteAsync(context, "text/javascript; charset=utf-8", Script.Value, page: false));
        endpoints.MapGet(StylesheetPath, context => WriteAsync(context, "text/css; charset=utf-8", Stylesheet.Value, page: false));
    }

    /// <summary>
    /// Script and style from this origin only (no inline script or style), requests to this origin's
    /// HTTP and WebSocket endpoints, nothing else; no framing, no form posts, no referrer.
    /// </summary>
    public static string ContentSecurityPolicy(HttpRequest request)
        => $"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' {(request.IsHttps ? "wss" : "ws")}://{request.Host}; "
           + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static Task WriteAsync(HttpContext context, string contentType, byte[] body, bool page)
    {
        if (page)
        {
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy(context.Request);
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
        }
        return PageAssets.WriteAsync(context, contentType, body);
    }

    private static byte[] Resource(string file) => PageAssets.ReadEmbedded("KooMessage.Platform.Features.Dashboard.Page." + file);
}
