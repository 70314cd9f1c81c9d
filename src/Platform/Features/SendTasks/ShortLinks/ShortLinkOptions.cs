namespace KooMessage.Platform.Features.SendTasks;

/// <summary>Configuration section "ShortLinks".</summary>
public sealed class ShortLinkOptions
{
    public const string Section = "ShortLinks";

    /// <summary>The platform's public short-link domain (links look like https://{domain}/{code}).</summary>
    public string PublicDomain { get; set; } = "kmsg.cn";

    /// <summary>Where a link without a recipient-specific URL leads: the card's landing page; "{task}" is replaced by the task id.</summary>
    public string LandingUrl { get; set; } = "https://kmsg.cn/landing?task={task}";

    /// <summary>
    /// Key of the IP hash kept per click (HMAC-SHA256), so raw IPs are never stored. Unset, each install
    /// generates its own and keeps it under Storage:Path (shared by every instance of a cluster, like the
    /// blobs); a configured key must have at least <see cref="MinimumIpHashKeyLength"/> characters in Production.
    /// </summary>
    public string? IpHashKey { get; set; }

    public const int MinimumIpHashKeyLength = 32;

    /// <summary>
    /// DNS servers (address or address:port) asked for a tenant domain's ownership TXT record; empty,
    /// the machine's resolvers. HTTP tokens are fetched with the callbacks' address guard (Callbacks:AllowPrivateAddresses).
    /// </summary>
    public string[] VerificationNameServers { get; set; } = [];

    /// <summary>How long one ownership check (a DNS query or an HTTP fetch) may take.</summary>
    public TimeSpan VerificationTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>What a short link adds to its domain in the segment estimate (DOMAIN.md: len(domain) + 7, the slash and the code).</summary>
    public const int LengthBeyondDomain = 7;
}
