using System.Security.Claims;

namespace KooMessage.Platform.Tenancy.Resolution;

/// <summary>
/// Who is calling, for this unit of work (scoped). Filled from the authenticated principal by the
/// HTTP middleware or the WebSocket handshake; empty for anonymous calls and system jobs.
/// </summary>
public sealed class Viewer
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public ClaimsPrincipal Principal { get; private set; } = Anonymous;

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public IReadOnlySet<Role> Roles { get; private set; } = new HashSet<Role>();

    /// <summary>The API key behind this call, when it was made with one.</summary>
    public Guid? ApiKeyId { get; private set; }

    public bool IsPlatformPrincipal => Roles.Any(RoleNames.IsPlatform);

    public bool IsInRole(Role role) => Roles.Contains(role);

    public void SignIn(ClaimsPrincipal principal)
    {
        Principal = principal;
        Roles = principal.FindAll(KooClaimTypes.Role)
            .Select(c => RoleNames.Parse(c.Value))
            .OfType<Role>()
            .ToHashSet();
        ApiKeyId = Guid.TryParse(principal.FindFirstValue(KooClaimTypes.ApiKeyId), out var keyId) ? keyId : null;
    }
}
