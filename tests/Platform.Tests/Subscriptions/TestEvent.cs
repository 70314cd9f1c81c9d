using KooMessage.Platform.Events;

namespace KooMessage.Platform.Tests.Subscriptions;

/// <summary>A test-only event, so the transports are tested apart from any feature's subscription.</summary>
public sealed record TestEvent(Guid? TenantId, int Sequence, string Text) : IPlatformEvent
{
    public const string Topic = "test-events";

    /// <summary>An event with this text makes the subscription's filter throw (a failing event stream).</summary>
    public const string Poison = "poison";
}
