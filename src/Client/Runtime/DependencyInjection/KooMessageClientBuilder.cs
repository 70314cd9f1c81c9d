using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace KooMessage.Client.Runtime.DependencyInjection;

internal sealed class KooMessageClientBuilder(IServiceCollection services, IHttpClientBuilder httpClient) : IKooMessageClientBuilder
{
    public IServiceCollection Services { get; } = services;

    public IHttpClientBuilder HttpClient { get; } = httpClient;

    public IKooMessageClientBuilder ConfigureHttpClient(Action<HttpClient> configure)
    {
        HttpClient.ConfigureHttpClient(configure);
        return this;
    }

    public IKooMessageClientBuilder ConfigureHttpClient(Action<IServiceProvider, HttpClient> configure)
    {
        HttpClient.ConfigureHttpClient(configure);
        return this;
    }

    public IKooMessageClientBuilder ConfigureWebSocketClient(Action<ClientWebSocketOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return ConfigureWebSocketClient((_, options) => configure(options));
    }

    public IKooMessageClientBuilder ConfigureWebSocketClient(Action<IServiceProvider, ClientWebSocketOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure<WebSocketClientConfiguration>(c => c.Actions.Add(configure));
        return this;
    }
}
