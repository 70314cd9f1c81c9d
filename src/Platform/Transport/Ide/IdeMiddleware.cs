using KooMessage.Platform.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Transport.Ide;

/// <summary>
/// Serves the GraphiQL IDE: the page to a browser's <c>GET /graphql</c> (Accept ranks
/// <c>text/html</c> above JSON), the page script, and with <see cref="IdeOptions.AssetPath"/> the
/// pinned package's files. Everything else, JSON GET and POST included, goes on untouched.
/// </summary>
public sealed class IdeMiddleware(RequestDelegate next, IdePage page, IOptions<IdeOptions> options)
{
    private static readonly Lazy<byte[]> Script = new(() => PageAssets.ReadEmbedded("KooMessage.Platform.Transport.Ide.koomessage-ide.js"));

    private readonly IFileProvider? _assets = string.IsNullOrWhiteSpace(options.Value.AssetPath)
        ? null
        : new PhysicalFileProvider(Path.GetFullPath(options.Value.AssetPath));

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || context.WebSockets.IsWebSocketRequest)
        {
            await next(context);
            return;
        }
        if (request.Path.Equals(GraphQLHttpOptions.Path, StringComparison.OrdinalIgnoreCase) && GraphQLMediaTypes.PrefersHtml(request.Headers.Accept))
            await WritePageAsync(context);
        else if (request.Path.Equals(IdeAssets.ScriptPath, StringComparison.Ordinal))
            await PageAssets.WriteAsync(context, "text/javascript; charset=utf-8", Script.Value);
        else if (_assets is not null && request.Path.StartsWithSegments(IdeAssets.LocalPath, StringComparison.Ordinal, out var rest)
                 && IdeAssets.All.FirstOrDefault(a => rest.Value == "/" + a.File) is { } asset)
            await WriteAssetAsync(context, asset);
        else
            await next(context);
    }

    private Task WritePageAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = page.ContentSecurityPolicy(context.Request);
        headers["Referrer-Policy"] = "no-referrer";
        // The same URL answers JSON to other Accept headers.
        headers.Vary = "Accept";
        return PageAssets.WriteAsync(context, "text/html; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(page.Html));
    }

    private async Task WriteAssetAsync(HttpContext context, IdeAsset asset)
    {
        var file = _assets!.GetFileInfo(asset.File);
        if (!file.Exists)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        context.Response.ContentType = asset.File.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        context.Response.ContentLength = file.Length;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        await context.Response.SendFileAsync(file, context.RequestAborted);
    }
}
