namespace KooMessage.Platform.Http;

/// <summary>
/// Configuration section "Proxy": the reverse proxies whose <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c>
/// are believed. None by default, so a client cannot claim another address by sending the header itself.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>Addresses of trusted proxies, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. <c>172.28.0.0/16</c> for a compose network.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a chain are unwound (entries taken from the right of X-Forwarded-For).</summary>
    public int ForwardLimit { get; set; } = 1;
}
