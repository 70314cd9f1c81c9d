namespace KooMessage.Platform.Observability;

/// <summary><c>Metrics:*</c>: Prometheus text exposition of the platform's metrics.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    public const string Path = "/metrics";

    /// <summary>Serves <c>/metrics</c>; on the application's port it needs a platform-admin key.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// When set, <c>/metrics</c> is served on this port instead, without a key (a port the load
    /// balancer does not expose; only the scraper reaches it).
    /// </summary>
    public int? Port { get; set; }
}
