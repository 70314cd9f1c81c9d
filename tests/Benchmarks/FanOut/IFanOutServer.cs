namespace KooMessage.Benchmarks;

/// <summary>A server under test: it holds the subscribers' sockets and publishes one event to all of them.</summary>
public interface IFanOutServer : IAsyncDisposable
{
    string Name { get; }

    Uri WebSocketUrl { get; }

    /// <summary>graphql-transport-ws (init + subscribe) or a plain socket that just listens.</summary>
    bool SpeaksGraphQLWs { get; }

    /// <summary>Subscribers the server has fully registered (ready to receive an event).</summary>
    int Subscribers { get; }

    /// <summary>Publishes event <paramref name="sequence"/>; returns when the server has handed it off.</summary>
    Task PublishAsync(int sequence);
}
