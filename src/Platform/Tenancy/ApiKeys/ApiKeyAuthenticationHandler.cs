using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Tenancy.ApiKeys;

/// <summary>
/// ASP.NET Core authentication for API keys sent as <c>Authorization: Bearer km_…</c> or
/// <c>X-Api-Key: km_…</c>. No key: anonymous. A bad key: a failure the tenancy middleware turns
/// into 401 — a wrong credential is never silently treated as anonymous.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyAuthenticator authenticator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = ReadSecret(Request);
        if (secret is null)
            return AuthenticateResult.NoResult();
        var principal = await authenticator.AuthenticateAsync(secret, Context.RequestAborted);
        return principal is null
            ? AuthenticateResult.Fail("The API key is unknown or has been revoked.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    public static string? ReadSecret(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header) && !string.IsNullOrWhiteSpace(header))
            return header.ToString().Trim();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization["Bearer ".Length..].Trim()
            : null;
    }
}
