using System.Text.Json;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.Transport;

namespace KooMessage.Platform.Http;

/// <summary>
/// Writes a request-level failure as a GraphQL response without <c>data</c>
/// (<c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c>) for refusals that happen before
/// execution: auth, tenant resolution, media types, size limits.
/// </summary>
public static class GraphQLErrorResponse
{
    public static async Task WriteAsync(HttpContext context, int status, string code, string message, string? mediaType = null)
    {
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
            Challenge(context, code);
        context.Response.ContentType = $"{mediaType ?? GraphQLMediaTypes.Json}; charset=utf-8";
        var body = new { errors = new[] { new { message, extensions = new { code } } } };
        await JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }

    /// <summary>
    /// RFC 6750's challenge on every 401, so HTTP clients and proxies know a bearer token is wanted;
    /// refused credentials say <c>invalid_token</c>.
    /// </summary>
    public static void Challenge(HttpContext context, string? code)
        => context.Response.Headers.WWWAuthenticate = code == ErrorCodes.InvalidApiKey ? "Bearer error=\"invalid_token\"" : "Bearer";
}
