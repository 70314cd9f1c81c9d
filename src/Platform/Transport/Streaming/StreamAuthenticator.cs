using KooMessage.Platform.GraphQL;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.AspNetCore.Authentication;

namespace KooMessage.Platform.Transport.Streaming;

/// <summary>
/// Authenticates credentials that did not arrive as an HTTP request's headers (a connection_init
/// payload) or must be checked again later (periodic re-validation): it runs the same ASP.NET Core
/// authentication schemes (API key, JWT) and the same <see cref="TenantResolver"/> as HTTP requests,
/// on a request made of those credentials, so a socket is accepted exactly when HTTP would be.
/// </summary>
public sealed class StreamAuthenticator(IServiceScopeFactory scopes)
{
    public async Task<StreamAuthentication> AuthenticateAsync(StreamCredentials credentials, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var context = new DefaultHttpContext { RequestServices = services };
        credentials.CopyTo(context.Request);

        var authentication = await context.AuthenticateAsync();
        if (authentication.Failure is not null)
            return StreamAuthentication.Refuse(ErrorCodes.InvalidApiKey, "The credentials are invalid, expired or revoked.");
        if (!authentication.Succeeded)
            return StreamAuthentication.Refuse(ErrorCodes.NotAuthenticated,
                "Authentication required: send {\"apiKey\": \"km_...\"} or {\"authorization\": \"Bearer ...\"} in connection_init.");

        var viewer = services.GetRequiredService<Viewer>();
        viewer.SignIn(authentication.Principal);
        var resolution = await services.GetRequiredService<TenantResolver>().ResolveAsync(
            new TenantResolutionRequest(authentication.Principal, context.Request.Headers, context.Request.Host), viewer, cancellationToken);
        if (!resolution.Succeeded)
            return StreamAuthentication.Refuse(resolution.Code!, resolution.Message!);
        if (resolution.Tenant is { } tenant)
            services.GetRequiredService<TenantContext>().Set(tenant.Id, tenant.Slug);
        return StreamAuthentication.Accept(AuthenticatedSubscriber.Of(services, credentials));
    }
}
