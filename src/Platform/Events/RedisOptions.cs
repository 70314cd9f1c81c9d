namespace KooMessage.Platform.Events;

/// <summary>Configuration section "Redis": the backplane that carries events between instances.</summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>A StackExchange.Redis configuration string (e.g. "redis:6379"); when empty, events stay in-process.</summary>
    public string? Configuration { get; set; }

    /// <summary>The pub/sub channel every instance publishes to and listens on.</summary>
    public string Channel { get; set; } = "koomessage:events";

    /// <summary>
    /// Prefix of every key this deployment stores in Redis (rate-limit windows, persisted queries), so
    /// deployments sharing a Redis server never see each other's keys. Empty: the channel's name.
    /// </summary>
    public string? KeyPrefix { get; set; }

    /// <summary>The key for <paramref name="name"/> within this deployment.</summary>
    public string Key(string name) => $"{(string.IsNullOrEmpty(KeyPrefix) ? Channel : KeyPrefix)}:{name}";
}
