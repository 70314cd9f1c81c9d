using System.Net;
using KooMessage.Platform.Data;
using KooMessage.Platform.Events;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.Statistics;
using KooMessage.Platform.Observability;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// <c>GET /s/{code}</c> on any host, and <c>GET /{code}</c> on the short-link domain itself (messages carry
/// <c>https://{PublicDomain}/{code}</c>): a recorded click, then the recipient's card page (<see cref="CardPageEndpoint"/>),
/// or a 302 to the recipient's custom URL; 410 with a small page when the link is unknown or expired. A button of
/// the card page (<c>…/{code}/b/{button}</c>) is recorded as a click with its button id, then redirects to its URL or
/// <c>tel:</c> number, or (a quick app) answers the page that opens the quick app or falls back to the button's URL.
/// The code is the only credential, so the link is found across tenants (here, explicitly) and the click is then
/// written inside the link's own tenant.
/// </summary>
public static class ShortLinkEndpoint
{
    public const string Prefix = "/s/";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Prefix + "{code}", OpenAsync);
        endpoints.MapGet(Prefix + "{code}/" + CardFiller.ButtonPath + "/{button}", ButtonAsync);
        endpoints.MapGet(Prefix + "{code}/" + CardFiller.ImagePath + "/{image}", CardPageEndpoint.ImageAsync);
        var domain = endpoints.ServiceProvider.GetRequiredService<IOptions<ShortLinkOptions>>().Value.PublicDomain;
        // Literal routes (/graphql, /health/*, /files/*) outrank these, so the short domain serves only codes.
        endpoints.MapGet("/{code}", OpenAsync).RequireHost(domain);
        endpoints.MapGet("/{code}/" + CardFiller.ButtonPath + "/{button}", ButtonAsync).RequireHost(domain);
        endpoints.MapGet("/{code}/" + CardFiller.ImagePath + "/{image}", CardPageEndpoint.ImageAsync).RequireHost(domain);
    }

    /// <summary>The live link of a code, with the request now inside the link's tenant; null for an unknown or expired one.</summary>
    public static async Task<ShortLink?> FindLiveAsync(string code, HttpContext context, KooMessageDbContext db, TenantContext tenant, TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var link = ShortLinkCodes.IsWellFormed(code)
            ? await db.Set<ShortLink>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(l => l.Code == code, context.RequestAborted)
            : null;
        if (link is null || link.ExpiresAt <= now)
            return null;
        tenant.Set(link.TenantId);
        return link;
    }

    private static async Task OpenAsync(string code, HttpContext context, KooMessageDbContext db, TenantContext tenant, TimeProvider clock,
        ClickAddressHasher addresses, IEventBus bus, PlatformMetrics metrics, ILoggerFactory loggers)
    {
        if (await FindLiveAsync(code, context, db, tenant, clock) is not { } link)
        {
            await GoneAsync(context);
            return;
        }
        await RecordClickAsync(link, null, context, db, clock, addresses, bus, metrics, loggers);
        if (await CardPageEndpoint.TryWriteAsync(link, context, db))
            return;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Redirect(link.TargetUrl, permanent: false);
    }

    private static async Task ButtonAsync(string code, string button, HttpContext context, KooMessageDbContext db, TenantContext tenant, TimeProvider clock,
        ClickAddressHasher addresses, IEventBus bus, PlatformMetrics metrics, ILoggerFactory loggers)
    {
        var link = await FindLiveAsync(code, context, db, tenant, clock);
        var target = link is null ? null : (await CardPageEndpoint.LoadAsync(link, context, db))?.Card.Components
            .FirstOrDefault(c => c.Id == button && c.Target is not null);
        if (link is null || target is null)
        {
            await GoneAsync(context);
            return;
        }
        await RecordClickAsync(link, target.Id, context, db, clock, addresses, bus, metrics, loggers);
        if (target.Action == CardButtonAction.OpenQuickApp)
        {
            await CardPageEndpoint.WriteQuickAppAsync(context, target);
            return;
        }
        context.Response.Headers.CacheControl = "no-store";
        // Absolute and escaped: a Location header carries ASCII only (a card's URL may be written with Chinese in its path).
        context.Response.Redirect(new Uri(target.Target!).AbsoluteUri, permanent: false);
    }

    /// <summary>
    /// Counts a click on the link, the task, the statistics and in the click log, together or not at all. Opening the
    /// link counts as a click (PV, and UV the first time); a button of its card page is logged with its id and counted
    /// as a button click on the task (the statistics count link opens).
    /// </summary>
    private static async Task RecordClickAsync(ShortLink link, string? buttonId, HttpContext context, KooMessageDbContext db, TimeProvider clock,
        ClickAddressHasher addresses, IEventBus bus, PlatformMetrics metrics, ILoggerFactory loggers)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.InTransactionAsync(async ct =>
        {
            var first = false;
            if (buttonId is null)
            {
                first = await db.Set<ShortLink>().Where(l => l.Id == link.Id && l.FirstClickAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(l => l.FirstClickAt, now).SetProperty(l => l.Clicks, l => l.Clicks + 1), ct) == 1;
                if (!first)
                    await db.Set<ShortLink>().Where(l => l.Id == link.Id)
                        .ExecuteUpdateAsync(s => s.SetProperty(l => l.Clicks, l => l.Clicks + 1), ct);
                var unique = first ? 1 : 0;
                await db.Set<SendTask>().Where(t => t.Id == link.TaskId)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.Clicks, t => t.Clicks + 1).SetProperty(t => t.UniqueClicks, t => t.UniqueClicks + unique), ct);
            }
            else
            {
                await db.Set<SendTask>().Where(t => t.Id == link.TaskId)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.ButtonClicks, t => t.ButtonClicks + 1), ct);
            }
            var click = ShortLinkClick.For(link, UserAgentFamilies.Of(context.Request.Headers.UserAgent), addresses.Hash(context.Connection.RemoteIpAddress), first, buttonId);
            db.Add(click);
            await db.SaveChangesAsync(ct);
            if (buttonId is null)
                await MessageStatisticsRollup.AddClickAsync(db, link, click.CreatedAt, first, ct);
            return first;
        }, context.RequestAborted);
        metrics.ShortLinkClicks.Add(1, new KeyValuePair<string, object?>("kind", buttonId is null ? "open" : "button"));

        await bus.PublishOrLogAsync(SendTaskProgressed.Topic, new SendTaskProgressed(link.TaskId, link.TenantId), loggers.CreateLogger(typeof(ShortLinkEndpoint)));
    }

    public static async Task GoneAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status410Gone;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync($"""
            <!doctype html><html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <title>{WebUtility.HtmlEncode("链接已失效")}</title></head>
            <body><h1>链接已失效</h1><p>This link has expired or does not exist.</p></body></html>
            """, context.RequestAborted);
    }
}
