using KooMessage.Platform.Data;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Files;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// <c>GET /cards/preview/{token}</c>: the effect preview's page, rendered by the card page's own code with a
/// watermark at the phone family's width; its images below it. Buttons lead straight to their URLs (a preview
/// counts nothing: a quick app's button opens its deeplink). An invalid or expired token answers the 410 page.
/// </summary>
public static class CardPreviewEndpoint
{
    public const string Watermark = "预览 PREVIEW";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CardPreviewTokens.Prefix + "{token}", PageAsync);
        endpoints.MapGet(CardPreviewTokens.Prefix + "{token}/" + CardFiller.ImagePath + "/{image}", ImageAsync);
    }

    /// <summary>A card filled for the preview: like the real one, but buttons are not counted.</summary>
    public static FilledCard Fill(SmartTemplate card, IReadOnlyList<string> values, string basePath)
    {
        var filled = CardFiller.Fill(card, values, basePath);
        return filled with
        {
            Pages = filled.Pages.Select(p => new FilledCardPage(p.Components.Select(c => c.Target is null ? c : c with { Href = c.Target }).ToList())).ToList(),
        };
    }

    private static async Task<(SmartTemplate Card, IReadOnlyList<string> Values, PhoneModel Model)?> LoadAsync(string token, KooMessageDbContext db,
        TenantContext tenant, CardPreviewTokens tokens, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } read)
            return null;
        tenant.Set(read.Tenant);
        var card = await db.Set<SmartTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == read.Card, cancellationToken);
        return card is null ? null : (card, read.Values, read.Model);
    }

    private static async Task PageAsync(string token, HttpContext context, KooMessageDbContext db, TenantContext tenant, CardPreviewTokens tokens)
    {
        if (await LoadAsync(token, db, tenant, tokens, context.RequestAborted) is not { } preview)
        {
            await ShortLinkEndpoint.GoneAsync(context);
            return;
        }
        await CardPageEndpoint.WriteAsync(context, Fill(preview.Card, preview.Values, CardPreviewTokens.Prefix + token), Watermark,
            CardPageHtml.LayoutWidth(preview.Model));
    }

    private static async Task ImageAsync(string token, string image, HttpContext context, KooMessageDbContext db, TenantContext tenant,
        CardPreviewTokens tokens, IBlobStore blobs)
    {
        var preview = await LoadAsync(token, db, tenant, tokens, context.RequestAborted);
        var fileId = preview is null ? null
            : Fill(preview.Value.Card, preview.Value.Values, string.Empty).Components.FirstOrDefault(c => c.Id == image)?.ImageFileId;
        await CardPageEndpoint.WriteImageAsync(context, db, blobs, fileId);
    }
}
