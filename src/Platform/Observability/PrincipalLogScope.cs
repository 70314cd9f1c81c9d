using KooMessage.Platform.Tenancy.Resolution;

namespace KooMessage.Platform.Observability;

/// <summary>
/// The tenant and principal of a unit of work as a logging scope, so every line written inside it
/// (JSON: in <c>Scopes</c>) says whom it concerns. The principal is the API key's id or the token's
/// subject, never a secret.
/// </summary>
public static class PrincipalLogScope
{
    public static IDisposable? Begin(ILogger logger, IServiceProvider services)
    {
        var tenantId = services.GetService<TenantContext>()?.TenantId;
        var viewer = services.GetService<Viewer>();
        var principalId = viewer is { IsAuthenticated: true }
            ? viewer.ApiKeyId?.ToString() ?? viewer.Principal.FindFirst("sub")?.Value
            : null;
        return Begin(logger, tenantId, principalId);
    }

    public static IDisposable? Begin(ILogger logger, Guid? tenantId, string? principalId = null)
        => tenantId is null && principalId is null
            ? null
            : logger.BeginScope(new LogScopeState(new KeyValuePair<string, object?>("TenantId", tenantId?.ToString()), new KeyValuePair<string, object?>("PrincipalId", principalId)));
}
