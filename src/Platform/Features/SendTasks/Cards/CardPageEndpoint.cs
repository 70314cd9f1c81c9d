using System.Text.Json;
using System.Text.Json.Serialization;
using KooMessage.Platform.Data;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Files;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// The card page behind a short link: the recipient's card filled with the recipient's own values, as HTML for
/// a phone's browser or, for <c>Accept: application/json</c>, as JSON for a phone-side renderer; and the card's
/// images, served below the link with cache headers. <see cref="ShortLinkEndpoint"/> finds the link and counts clicks.
/// </summary>
public static class CardPageEndpoint
{
    /// <summary>Enum values spelled as the schema spells them (TITLE, BUTTON).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) } };

    /// <summary>A recipient's filled card; null when the recipient has a custom URL instead (it is redirected there).</summary>
    public static async Task<(Recipient Recipient, FilledCard Card)?> LoadAsync(ShortLink link, HttpContext context, KooMessageDbContext db)
    {
        var ct = context.RequestAborted;
        var recipient = await db.Set<Recipient>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == link.RecipientId, ct);
        if (recipient is null || recipient.CustomUrl is not null)
            return null;
        var cardId = await db.Set<SendTask>().Where(t => t.Id == link.TaskId).Select(t => t.SmartTemplateId).FirstAsync(ct);
        var card = await db.Set<SmartTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == cardId, ct);
        if (card is null)
            return null;
        var basePath = context.Request.Path.StartsWithSegments(ShortLinkEndpoint.Prefix.TrimEnd('/')) ? ShortLinkEndpoint.Prefix + link.Code : "/" + link.Code;
        return (recipient, CardFiller.Fill(card, recipient.Parameters, basePath));
    }

    /// <returns>False when the recipient has no card page (a custom URL instead).</returns>
    public static async Task<bool> TryWriteAsync(ShortLink link, HttpContext context, KooMessageDbContext db)
    {
        if (await LoadAsync(link, context, db) is not { } loaded)
            return false;
        await WriteAsync(context, loaded.Card, watermark: null, CardPageHtml.DefaultWidth);
        return true;
    }

    /// <summary>Writes a filled card as the page (or JSON when asked for): private, never cached, in nothing but its own frame.</summary>
    public static async Task WriteAsync(HttpContext context, FilledCard card, string? watermark, int width)
    {
        context.Response.Headers.Vary = HeaderNames.Accept;
        if (context.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await context.Response.WriteAsJsonAsync(card, Json, context.RequestAborted);
            return;
        }
        await WriteHtmlAsync(context, card, watermark, width, script: null);
    }

    /// <summary>Writes the page a counted quick-app button opens (<see cref="QuickAppPage"/>).</summary>
    public static Task WriteQuickAppAsync(HttpContext context, FilledCardComponent button)
        => WriteHtmlAsync(context, QuickAppPage.For(button), watermark: null, CardPageHtml.DefaultWidth, QuickAppPage.Script);

    private static async Task WriteHtmlAsync(HttpContext context, FilledCard card, string? watermark, int width, string? script)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.ContentSecurityPolicy = CardPageHtml.ContentSecurityPolicy(width, script);
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        await context.Response.WriteAsync(CardPageHtml.Render(card, watermark, width, script), context.RequestAborted);
    }

    /// <summary><c>…/{code}/i/{image}</c>: an image of the link's card, cacheable (its content never changes under its hash).</summary>
    public static async Task ImageAsync(string code, string image, HttpContext context, KooMessageDbContext db, TenantContext tenant, TimeProvider clock, IBlobStore blobs)
    {
        var link = await ShortLinkEndpoint.FindLiveAsync(code, context, db, tenant, clock);
        var fileId = link is null ? null : (await LoadAsync(link, context, db))?.Card.Components.FirstOrDefault(c => c.Id == image)?.ImageFileId;
        await WriteImageAsync(context, db, blobs, fileId);
    }

    /// <summary>Writes one of a card's images (a file of the current tenant), or the 410 page.</summary>
    public static async Task WriteImageAsync(HttpContext context, KooMessageDbContext db, IBlobStore blobs, Guid? fileId)
    {
        var file = fileId is null ? null : await db.Set<StoredFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, context.RequestAborted);
        if (file is null)
        {
            await ShortLinkEndpoint.GoneAsync(context);
            return;
        }
        var etag = $"\"{file.Sha256}\"";
        context.Response.Headers.CacheControl = "public, max-age=86400";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        context.Response.ContentType = file.ContentType;
        context.Response.ContentLength = file.Size;
        await using var content = await blobs.OpenReadAsync(file.BlobKey, context.RequestAborted);
        await content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
