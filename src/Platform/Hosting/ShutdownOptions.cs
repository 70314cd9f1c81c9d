namespace KooMessage.Platform.Hosting;

/// <summary>Configuration section "Shutdown": how an instance stops on SIGTERM/SIGINT.</summary>
public sealed class ShutdownOptions
{
    public const string Section = "Shutdown";

    /// <summary>
    /// The most a stop may take: open WebSockets close with 1001 and event streams complete at once, the
    /// dispatcher finishes its batch in flight (for at most <see cref="BatchDrainShare"/> of this) and hands
    /// its leases back, then the process exits.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The share of <see cref="Timeout"/> a batch in flight may still use; the rest is for releasing leases and closing.</summary>
    public const double BatchDrainShare = 0.6;

    public TimeSpan BatchDrainTimeout => Timeout * BatchDrainShare;
}
