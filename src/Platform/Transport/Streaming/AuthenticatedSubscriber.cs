using KooMessage.Platform.Tenancy.Resolution;

namespace KooMessage.Platform.Transport.Streaming;

/// <summary>
/// The principal behind an open streaming connection: its identity, the credentials to re-check,
/// and what revocations and connection caps are matched against.
/// </summary>
public sealed record AuthenticatedSubscriber(SubscriberIdentity Identity, StreamCredentials Credentials, Guid? ApiKeyId, bool IsPlatformPrincipal)
{
    /// <summary>Connections are capped per principal: per API key, or per token subject.</summary>
    public string PrincipalKey => ApiKeyId is { } keyId
        ? $"api-key:{keyId:N}"
        : $"subject:{Identity.Principal.FindFirst("sub")?.Value ?? Identity.Principal.Identity?.Name}";

    /// <summary>The subscriber of a scope whose <see cref="Viewer"/> and <see cref="TenantContext"/> are set.</summary>
    public static AuthenticatedSubscriber Of(IServiceProvider scope, StreamCredentials credentials)
    {
        var viewer = scope.GetRequiredService<Viewer>();
        return new AuthenticatedSubscriber(SubscriberIdentity.Of(scope), credentials, viewer.ApiKeyId, viewer.IsPlatformPrincipal);
    }
}
