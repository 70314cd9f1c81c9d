using KooMessage.Platform.GraphQL;
using KooMessage.Platform.Http;
using Microsoft.AspNetCore.Authentication;

namespace KooMessage.Platform.Tenancy.Resolution;

/// <summary>
/// Establishes who calls and in which tenant, before any endpoint runs: authenticates (a presented
/// but invalid credential is a 401, never anonymous), fills the scoped <see cref="Viewer"/>, and
/// resolves the <see cref="TenantContext"/> or refuses the request with a coded error.
/// </summary>
public sealed class TenancyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TenantResolver resolver, Viewer viewer, TenantContext tenantContext)
    {
        var authentication = await context.AuthenticateAsync();
        if (authentication.Failure is not null)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status401Unauthorized, ErrorCodes.InvalidApiKey,
                "The credentials are invalid, expired or revoked.");
            return;
        }
        if (authentication.Succeeded)
        {
            context.User = authentication.Principal;
            viewer.SignIn(authentication.Principal);
        }

        var resolution = await resolver.ResolveAsync(
            new TenantResolutionRequest(context.User, context.Request.Headers, context.Request.Host), viewer, context.RequestAborted);
        if (!resolution.Succeeded)
        {
            await GraphQLErrorResponse.WriteAsync(context, resolution.Status, resolution.Code!, resolution.Message!);
            return;
        }
        if (resolution.Tenant is { } tenant)
            tenantContext.Set(tenant.Id, tenant.Slug);
        await next(context);
    }
}
