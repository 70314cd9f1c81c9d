namespace KooMessage.Platform.Transport.RateLimiting;

/// <summary>
/// Configuration section "GraphQL:RateLimits": how much one credential and one client address may ask
/// of <c>/graphql</c> over HTTP. Windows are counted in Redis when <c>Redis:Configuration</c> is set
/// (so they hold across instances), else per instance; concurrency is always per instance.
/// </summary>
public sealed class GraphQLRateLimitOptions
{
    public const string Section = "GraphQL:RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests per <see cref="Window"/> with one credential (API key or token; no credential: the address).</summary>
    public int RequestsPerKey { get; set; } = 3000;

    /// <summary>Requests per <see cref="Window"/> from one client address, whatever the credentials (rotating keys does not help).</summary>
    public int RequestsPerAddress { get; set; } = 6000;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Requests one credential may have in flight on one instance; more are refused at once.</summary>
    public int ConcurrentRequestsPerKey { get; set; } = 32;
}
