namespace KooMessage.Platform.Http;

/// <summary>
/// The bytes of the platform's own browser pages (the IDE's script, the dashboard's page, script and
/// stylesheet): read once from the resources embedded in the assembly, and written whole with their
/// length, <c>nosniff</c> and <c>no-cache</c> (they change with the platform, so a browser revalidates).
/// </summary>
public static class PageAssets
{
    /// <summary>An embedded resource's bytes; a missing one is a build mistake, said plainly.</summary>
    public static byte[] ReadEmbedded(string resourceName)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{resourceName} is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static async Task WriteAsync(HttpContext context, string contentType, byte[] body)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
