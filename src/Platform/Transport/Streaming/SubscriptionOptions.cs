namespace KooMessage.Platform.Transport.Streaming;

/// <summary>Configuration section "Subscriptions": limits and timers of the streaming transports (WebSocket and SSE).</summary>
public sealed class SubscriptionOptions
{
    public const string Section = "Subscriptions";

    /// <summary>How long a new WebSocket may take to send connection_init before it is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest WebSocket message accepted; a larger one closes the socket with 4400.</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>Operations (subscriptions and in-flight queries) one WebSocket may run at once; more get an error message.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 100;

    /// <summary>Operations (subscriptions and in-flight queries) one principal may run at once over all its connections on one instance.</summary>
    public int MaxSubscriptionsPerPrincipal { get; set; } = 500;

    /// <summary>Open streaming connections (WebSockets and SSE streams) per principal on one instance.</summary>
    public int MaxConnectionsPerPrincipal { get; set; } = 100;

    /// <summary>Messages that may wait for a client that is not reading; past this the connection is dropped.</summary>
    public int MaxPendingMessages { get; set; } = 1024;

    /// <summary>Server ping (WebSocket) or comment line (SSE) interval that keeps idle connections and proxies alive; zero disables.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often open connections re-check their credentials and tenant (revocations published as events act at once); zero disables.</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);
}
