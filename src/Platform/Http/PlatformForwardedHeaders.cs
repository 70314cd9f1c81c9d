using System.Net;
using KooMessage.Platform.CommandLine;
using Microsoft.AspNetCore.HttpOverrides;

namespace KooMessage.Platform.Http;

/// <summary>
/// Client address and scheme behind a reverse proxy: taken from <c>X-Forwarded-For</c>/<c>-Proto</c> only
/// when the connection comes from a configured proxy (<see cref="ProxyOptions"/>). Rate limits by
/// address and the short-link click hash then see the client, not the proxy.
/// </summary>
public static class PlatformForwardedHeaders
{
    public static IServiceCollection AddPlatformForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxy = configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        var proxies = proxy.KnownProxies.Select(text => IPAddress.TryParse(text, out var address)
            ? address
            : throw new PlatformStartupException($"Proxy:KnownProxies: '{text}' is not an IP address.")).ToList();
        var networks = proxy.KnownNetworks.Select(text => System.Net.IPNetwork.TryParse(text, out var network)
            ? network
            : throw new PlatformStartupException($"Proxy:KnownNetworks: '{text}' is not a network in CIDR notation (e.g. 10.0.0.0/8).")).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // With both lists empty the middleware would believe every sender, so then nothing is forwarded.
            options.ForwardedHeaders = proxies.Count + networks.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = proxy.ForwardLimit;
            // ASP.NET lists loopback by default; here only what the operator lists is trusted.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }
}
