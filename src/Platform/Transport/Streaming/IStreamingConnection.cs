namespace KooMessage.Platform.Transport.Streaming;

/// <summary>An open WebSocket or SSE stream, as the registry and the monitor see it.</summary>
public interface IStreamingConnection
{
    AuthenticatedSubscriber Subscriber { get; }

    /// <summary>Sends a keep-alive (graphql-transport-ws ping, SSE comment) without waiting for it.</summary>
    void SendKeepAlive();

    /// <summary>Ends the connection because its credentials no longer hold (WebSocket: close 4403).</summary>
    void Revoke(string reason);

    /// <summary>Ends the connection because this instance stops (WebSocket: close 1001; SSE: the stream completes), so clients reconnect elsewhere.</summary>
    void Shutdown();
}
