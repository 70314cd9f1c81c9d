namespace KooMessage.Platform.Events;

/// <summary>
/// Credentials stopped being valid: an API key was revoked (<see cref="ApiKeyId"/> set) or a tenant
/// was suspended (only <see cref="TenantId"/> set). Published on <see cref="Topic"/> so every
/// instance ends the open subscription connections that were authenticated with them at once,
/// instead of at their next periodic re-validation.
/// </summary>
public sealed record AccessRevoked(Guid? TenantId, Guid? ApiKeyId, string Reason) : IPlatformEvent
{
    public const string Topic = "access";
}
