using System.Net.WebSockets;

namespace KooMessage.Client.Runtime.DependencyInjection;

/// <summary>The ConfigureWebSocketClient callbacks, applied to every socket the subscription transport opens.</summary>
internal sealed class WebSocketClientConfiguration
{
    public List<Action<IServiceProvider, ClientWebSocketOptions>> Actions { get; } = [];
}
