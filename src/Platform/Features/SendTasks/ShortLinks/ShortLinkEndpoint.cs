using System.Net;
using KooMessage.Platform.Data;
using KooMessage.Platform.Events;
using KooMessage.Platform.Features.Statistics;
using KooMessage.Platform.Observability;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// <c>GET /s/{code}</c> on any host, and <c>GET /{code}</c> on the short-link domain itself (messages carry
/// <c>https://{PublicDomain}/{code}</c>): 302 to the link's target and a recorded click; 410 with a small page when
/// the link is unknown or expired. The code is the only credential, so the link is found across
/// tenants (here, explicitly) and the click is then written inside the link's own tenant.
/// </summary>
public static class ShortLinkEndpoint
{
    public const string Prefix = "/s/";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Prefix + "{code}", RedirectAsync);
        var domain = endpoints.ServiceProvider.GetRequiredService<IOptions<ShortLinkOptions>>().Value.PublicDomain;
        // Literal routes (/graphql, /health/*, /files/*) outrank this one, so the short domain serves only codes.
        endpoints.MapGet("/{code}", RedirectAsync).RequireHost(domain);
    }

    private static async Task RedirectAsync(string code, HttpContext context, KooMessageDbContext db, TenantContext tenant, TimeProvider clock,
        ClickAddressHasher addresses, IEventBus bus, PlatformMetrics metrics, ILoggerFactory loggers)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var link = ShortLinkCodes.IsWellFormed(code)
            ? await db.Set<ShortLink>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(l => l.Code == code, context.RequestAborted)
            : null;
        if (link is null || link.ExpiresAt <= now)
        {
            await GoneAsync(context);
            return;
        }

        tenant.Set(link.TenantId);
        // The link's, the task's and the statistics' click counts change together or not at all.
        await db.InTransactionAsync(async ct =>
        {
            var first = await db.Set<ShortLink>().Where(l => l.Id == link.Id && l.FirstClickAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.FirstClickAt, now).SetProperty(l => l.Clicks, l => l.Clicks + 1), ct) == 1;
            if (!first)
                await db.Set<ShortLink>().Where(l => l.Id == link.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(l => l.Clicks, l => l.Clicks + 1), ct);
            var unique = first ? 1 : 0;
            await db.Set<SendTask>().Where(t => t.Id == link.TaskId)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Clicks, t => t.Clicks + 1).SetProperty(t => t.UniqueClicks, t => t.UniqueClicks + unique), ct);
            var click = ShortLinkClick.For(link, UserAgentFamilies.Of(context.Request.Headers.UserAgent), addresses.Hash(context.Connection.RemoteIpAddress), first);
            db.Add(click);
            await db.SaveChangesAsync(ct);
            await MessageStatisticsRollup.AddClickAsync(db, link, click.CreatedAt, first, ct);
            return first;
        }, context.RequestAborted);
        metrics.ShortLinkClicks.Add(1);

        await bus.PublishOrLogAsync(SendTaskProgressed.Topic, new SendTaskProgressed(link.TaskId, link.TenantId), loggers.CreateLogger(typeof(ShortLinkEndpoint)));
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Redirect(link.TargetUrl, permanent: false);
    }

    private static async Task GoneAsync(HttpContext context)
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
