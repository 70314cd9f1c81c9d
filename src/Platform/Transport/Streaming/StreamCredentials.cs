using System.Text.Json;
using KooMessage.Platform.Tenancy.ApiKeys;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.Net.Http.Headers;

namespace KooMessage.Platform.Transport.Streaming;

/// <summary>
/// What a streaming connection authenticated with, kept so the credentials can be checked again
/// while the connection stays open: the credential headers HTTP would carry, and the host.
/// </summary>
public sealed record StreamCredentials(string? Authorization, string? ApiKey, string? TenantId, HostString Host)
{
    /// <summary>The credential headers of a request (the SSE request, or the WebSocket upgrade request).</summary>
    public static StreamCredentials FromRequest(HttpRequest request)
    {
        static string? Header(HttpRequest request, string name)
            => request.Headers.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString().Trim() : null;
        return new StreamCredentials(
            Header(request, HeaderNames.Authorization),
            Header(request, ApiKeyAuthenticationHandler.HeaderName),
            Header(request, HeaderTenantStrategy.HeaderName),
            request.Host);
    }

    /// <summary>
    /// Applies a graphql-transport-ws connection_init payload (<c>apiKey</c>, <c>authorization</c>,
    /// <c>tenantId</c>): credentials in the payload replace those of the upgrade request.
    /// </summary>
    /// <returns>Null when a field the payload carries is not a string.</returns>
    public StreamCredentials? WithInitPayload(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } fields)
            return this;
        if (!TryRead(fields, "apiKey", out var apiKey) || !TryRead(fields, "authorization", out var authorization)
            || !TryRead(fields, "tenantId", out var tenantId))
            return null;
        var credentials = apiKey is null && authorization is null ? this : this with { ApiKey = apiKey, Authorization = authorization };
        return tenantId is null ? credentials : credentials with { TenantId = tenantId };
    }

    /// <summary>Writes these credentials as the headers the authentication handlers and tenant strategies read.</summary>
    public void CopyTo(HttpRequest request)
    {
        request.Host = Host;
        if (Authorization is not null)
            request.Headers.Authorization = Authorization;
        if (ApiKey is not null)
            request.Headers[ApiKeyAuthenticationHandler.HeaderName] = ApiKey;
        if (TenantId is not null)
            request.Headers[HeaderTenantStrategy.HeaderName] = TenantId;
    }

    private static bool TryRead(JsonElement fields, string name, out string? value)
    {
        value = null;
        if (!fields.TryGetProperty(name, out var field) || field.ValueKind == JsonValueKind.Null)
            return true;
        if (field.ValueKind != JsonValueKind.String)
            return false;
        value = field.GetString() is { Length: > 0 } text ? text.Trim() : null;
        return true;
    }
}
