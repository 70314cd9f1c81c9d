using Microsoft.Extensions.DependencyInjection;

namespace KooMessage.Client.Tests.Infrastructure;

/// <summary>The generated client as an application gets it: AddKooMessageClient on a service collection, for one principal.</summary>
internal sealed class ClientScope : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ClientScope(ServiceProvider services)
    {
        _services = services;
        Client = services.GetRequiredService<IKooMessageClient>();
    }

    public IKooMessageClient Client { get; }

    public static ClientScope For(PlatformServer server, string apiKey, Action<KooMessageClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddKooMessageClient(o =>
            {
                o.Endpoint = server.GraphQLEndpoint;
                o.ApiKey = apiKey;
                configure?.Invoke(o);
            })
            .ConfigureHttpClient(http => http.Timeout = TaskTimeouts.Default);
        return new ClientScope(services.BuildServiceProvider());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
