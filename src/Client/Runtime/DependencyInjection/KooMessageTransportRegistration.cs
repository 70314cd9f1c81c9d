using KooMessage.Client.Runtime.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KooMessage.Client;

/// <summary>
/// Registers the transports the generated client runs on. Called by the generated
/// <c>AddKooMessageClient</c>; applications call that instead.
/// </summary>
public static class KooMessageTransportRegistration
{
    /// <summary>The name of the HttpClient used for queries and mutations.</summary>
    public const string HttpClientName = "KooMessage.Client";

    public static IKooMessageClientBuilder AddKooMessageTransports(this IServiceCollection services, Action<KooMessageClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<KooMessageClientOptions>()
            .Configure(configure)
            .Validate(o => o.Endpoint is not null && o.Endpoint.IsAbsoluteUri, "KooMessageClientOptions.Endpoint must be an absolute URI.");
        var httpClient = services.AddHttpClient(HttpClientName);
        services.TryAddTransient<IOperationTransport>(sp => new HttpOperationTransport(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetRequiredService<IOptions<KooMessageClientOptions>>().Value));
        services.TryAddSingleton<ISubscriptionTransport>(sp =>
        {
            var configuration = sp.GetRequiredService<IOptions<WebSocketClientConfiguration>>().Value;
            return new WebSocketSubscriptionTransport(
                sp.GetRequiredService<IOptions<KooMessageClientOptions>>().Value,
                socket => configuration.Actions.ForEach(action => action(sp, socket)));
        });
        return new KooMessageClientBuilder(services, httpClient);
    }
}
