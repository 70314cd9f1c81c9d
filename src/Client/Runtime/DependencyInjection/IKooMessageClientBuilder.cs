using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace KooMessage.Client;

/// <summary>Returned by AddKooMessageClient to tune the HTTP and WebSocket clients it uses.</summary>
public interface IKooMessageClientBuilder
{
    IServiceCollection Services { get; }

    /// <summary>The named HttpClient registration, for handlers and resilience policies.</summary>
    IHttpClientBuilder HttpClient { get; }

    IKooMessageClientBuilder ConfigureHttpClient(Action<HttpClient> configure);

    IKooMessageClientBuilder ConfigureHttpClient(Action<IServiceProvider, HttpClient> configure);

    IKooMessageClientBuilder ConfigureWebSocketClient(Action<ClientWebSocketOptions> configure);

    IKooMessageClientBuilder ConfigureWebSocketClient(Action<IServiceProvider, ClientWebSocketOptions> configure);
}
