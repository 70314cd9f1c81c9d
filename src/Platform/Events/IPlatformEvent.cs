namespace KooMessage.Platform.Events;

/// <summary>
/// Something that happened, published on the event bus. Carries its tenant explicitly so delivery
/// can be filtered by tenant on the server, on every instance, before anything reaches a client.
/// Events are small serialisable records (ids, states, actors); subscription resolvers load the
/// changed object itself in the subscriber's own tenant context.
/// </summary>
public interface IPlatformEvent
{
    /// <summary>The tenant the event belongs to; null for platform-wide events.</summary>
    Guid? TenantId { get; }
}
