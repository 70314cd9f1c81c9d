using System.Text.Json;
using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.Http;
using KooMessage.Platform.Tenancy;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// <c>POST /sn/events</c>: the phone side reports menu, homepage, hotline and quick-app clicks. It
/// has no API key and no tenant: the service number's event token (header
/// <see cref="EventTokens.HeaderName"/>) names the service number and so the tenant. A batch is
/// stored whole or refused whole; requests are rate-limited per token (<see cref="RateLimitPolicy"/>).
/// </summary>
public static class ServiceNumberEventsEndpoint
{
    public const string Path = "/sn/events";
    public const string RateLimitPolicy = "service-number-events";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(IEndpointRouteBuilder endpoints)
        => endpoints.MapPost(Path, ReceiveAsync).RequireRateLimiting(RateLimitPolicy);

    private static async Task ReceiveAsync(HttpContext context, KooMessageDbContext db, TenantContext tenant, TimeProvider clock,
        IOptions<ServiceNumberOptions> options)
    {
        var token = context.Request.Headers[EventTokens.HeaderName].ToString().Trim();
        if (token.Length == 0)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status401Unauthorized, ErrorCodes.NotAuthenticated,
                $"Send the service number's event token in the {EventTokens.HeaderName} header.");
            return;
        }
        var hash = EventTokens.Hash(token);
        // The phone side has no tenant: the token alone names the service number, whichever tenant owns it.
        var owner = await db.Set<ServiceNumber>().IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.EventTokenHash == hash && s.DeletedAt == null)
            .Select(s => new { s.Id, s.TenantId })
            .FirstOrDefaultAsync(context.RequestAborted);
        var ownerTenant = owner is null ? null
            : await db.Set<Tenant>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == owner.TenantId, context.RequestAborted);
        if (owner is null || ownerTenant is null)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status401Unauthorized, ErrorCodes.InvalidApiKey,
                "The event token is unknown or has been rotated.");
            return;
        }
        if (ownerTenant.Status == TenantStatus.Suspended)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status403Forbidden, ErrorCodes.TenantSuspended, "The tenant is suspended.");
            return;
        }
        tenant.Set(ownerTenant.Id, ownerTenant.Slug);

        var (read, batch) = await ReadAsync(context, options.Value.MaxEventRequestBytes);
        if (!read)
            return;
        IReadOnlyList<ClickEvent> events;
        try
        {
            events = ClickEventRules.Validate(batch, clock.GetUtcNow().UtcDateTime, options.Value.MaxEventsPerRequest);
        }
        catch (DomainException ex)
        {
            await WriteValidationErrorsAsync(context, ex.Errors);
            return;
        }
        db.AddRange(events.Select(e => ServiceNumberEvent.Record(ownerTenant.Id, owner.Id, e)));
        await db.SaveChangesAsync(context.RequestAborted);
        context.Response.StatusCode = StatusCodes.Status202Accepted;
        await context.Response.WriteAsJsonAsync(new { accepted = events.Count }, context.RequestAborted);
    }

    /// <returns>Whether the body was read; when not, the refusal has been written.</returns>
    private static async Task<(bool Read, ClickEventBatch? Batch)> ReadAsync(HttpContext context, long maxBytes)
    {
        if (context.Request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                "Send the events as application/json.");
            return (false, null);
        }
        var body = await BoundedBody.ReadAsync(context.Request.Body, maxBytes, context.RequestAborted);
        if (body is null)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge,
                $"The request body is larger than {maxBytes} bytes.");
            return (false, null);
        }
        try
        {
            return (true, await JsonSerializer.DeserializeAsync<ClickEventBatch>(body, Json, context.RequestAborted));
        }
        catch (JsonException)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest,
                "The body is not valid JSON of the form {\"events\": [{\"target\", \"name\", \"visitor\", \"at\"}]}.");
            return (false, null);
        }
    }

    private static async Task WriteValidationErrorsAsync(HttpContext context, IReadOnlyList<DomainError> errors)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            errors = errors.Select(e => new
            {
                message = e.Message,
                extensions = new { code = e.Code, field = (e as ValidationError)?.Field },
            }),
        };
        await JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
