using System.Security.Claims;
using KooMessage.Platform.Tenancy.Resolution;

namespace KooMessage.Platform.Transport.Streaming;

/// <summary>
/// Who subscribed and in which tenant: what every fresh DI scope of a streaming operation (each
/// operation on a socket, each event of a subscription) needs to act exactly as the subscriber would
/// over HTTP.
/// </summary>
public sealed record SubscriberIdentity(ClaimsPrincipal Principal, Guid? TenantId, string? TenantSlug)
{
    /// <summary>The identity a scope was set up with (by the tenancy middleware or by <see cref="SignIn"/>).</summary>
    public static SubscriberIdentity Of(IServiceProvider scope)
    {
        var tenant = scope.GetRequiredService<TenantContext>();
        return new SubscriberIdentity(scope.GetRequiredService<Viewer>().Principal, tenant.TenantId, tenant.TenantSlug);
    }

    /// <summary>Sets the scoped <see cref="Viewer"/> and <see cref="TenantContext"/> of a fresh scope.</summary>
    public void SignIn(IServiceProvider scope)
    {
        scope.GetRequiredService<Viewer>().SignIn(Principal);
        if (TenantId is { } tenantId)
            scope.GetRequiredService<TenantContext>().Set(tenantId, TenantSlug!);
    }
}
