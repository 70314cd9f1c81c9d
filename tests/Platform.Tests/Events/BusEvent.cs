using KooMessage.Platform.Events;

namespace KooMessage.Platform.Tests.Events;

/// <summary>An event for bus tests.</summary>
public sealed record BusEvent(Guid? TenantId, int Sequence) : IPlatformEvent;
