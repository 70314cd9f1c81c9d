using System.Text;

namespace KooMessage.Platform.Features.Dashboard;

/// <summary>
/// <c>GET /dashboard</c>: the operations dashboard, our own small HTML, script and stylesheet embedded in
/// the assembly (no build step, no third-party code; the chart is SVG drawn by the script). The page
/// signs in with an API key kept in sessionStorage and talks to <c>/graphql</c> over HTTP and
/// graphql-transport-ws. Its Content-Security-Policy allows nothing but this origin: no inline script or
/// style, no other host.
/// </summary>
public static class DashboardPage
{
    public const string Path = "/dashboard";

    private static readonly (string File, string ContentType)[] Assets =
    [
        ("dashboard.html", "text/html; charset=utf-8"),
        ("dashboard.js", "text/javascript; charset=utf-8"),
        ("dashboard.css", "text/css; charset=utf-8"),
    ];

    private static readonly Lazy<Dictionary<string, byte[]>> Files = new(() => Assets.ToDictionary(a => a.File, a => Read(a.File)));

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, context => WriteAsync(context, "dashboard.html", Assets[0].ContentType, page: true));
        endpoints.MapGet(Path + "/dashboard.js", context => WriteAsync(context, "dashboard.js", Assets[1].ContentType, page: false));
        endpoints.MapGet(Path + "/dashboard.css", context => WriteAsync(context, "dashboard.css", Assets[2].ContentType, page: false));
    }

    /// <summary>This origin only: scripts, styles and requests (HTTP and its WebSocket), SVG drawn in the page; nothing inline.</summary>
    public static string ContentSecurityPolicy(HttpRequest request)
        => $"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' {(request.IsHttps ? "wss" : "ws")}://{request.Host}; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static async Task WriteAsync(HttpContext context, string file, string contentType, bool page)
    {
        var body = Files.Value[file];
        var headers = context.Response.Headers;
        if (page)
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy(context.Request);
            headers["Referrer-Policy"] = "no-referrer";
        }
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-cache";
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static byte[] Read(string file)
    {
        using var stream = typeof(DashboardPage).Assembly.GetManifestResourceStream("KooMessage.Platform.Features.Dashboard." + file)
            ?? throw new InvalidOperationException($"The dashboard's {file} is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
