namespace KooMessage.Platform.Tests.Subscriptions;

/// <summary>A scoped service with an identity, to tell which DI scope resolved a field.</summary>
public sealed class ScopeMarker
{
    public Guid Id { get; } = Guid.NewGuid();
}
