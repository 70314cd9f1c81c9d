using KooMessage.Platform.GraphQL;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace KooMessage.Platform.Http;

/// <summary>
/// Writes an endpoint policy's refusal the way every other refusal is written, a GraphQL-shaped error
/// with <c>extensions.code</c>, instead of ASP.NET's bare challenge or forbid: anonymous callers get
/// 401 <see cref="ErrorCodes.NotAuthenticated"/>, signed-in callers without the right 403
/// <see cref="ErrorCodes.NotAuthorized"/> with the failed requirement's reason.
/// </summary>
public sealed class GraphQLErrorAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
            return GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status401Unauthorized, ErrorCodes.NotAuthenticated, "Authentication required.");
        if (authorizeResult.Forbidden)
        {
            var reason = authorizeResult.AuthorizationFailure?.FailureReasons.FirstOrDefault()?.Message ?? "Not authorized.";
            return GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status403Forbidden, ErrorCodes.NotAuthorized, reason);
        }
        return next(context);
    }
}
