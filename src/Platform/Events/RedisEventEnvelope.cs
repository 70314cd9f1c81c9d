using System.Text.Json;

namespace KooMessage.Platform.Events;

/// <summary>
/// One event on the Redis channel: the publishing instance (so it can skip its own echo), the
/// topic, the event's type name and the event itself as JSON.
/// </summary>
public sealed record RedisEventEnvelope(string Origin, string Topic, string Type, JsonElement Payload);
