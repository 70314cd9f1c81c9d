namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>Configuration section "Dispatch".</summary>
public sealed class DispatchOptions
{
    public const string Section = "Dispatch";

    /// <summary>
    /// Run the background sending work in this instance — dispatcher, Sandbox receipts, expiry (every
    /// instance may; leases keep each lane single-owner). Off for instances that only serve the API.
    /// </summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Recipients handed to the gateway at once.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// Recipients per lane: a task is cut into lanes of this many, each leased on its own, so several
    /// instances send one big task side by side (a task smaller than this is one lane).
    /// </summary>
    public int LaneSize { get; set; } = 10_000;

    /// <summary>How long a lane's lease lasts without renewal; a crashed owner's lanes resume after it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Messages per second and tenant, for the whole deployment: every instance's dispatcher takes from
    /// the tenant's one bucket in the database (<see cref="TenantRateLimiter"/>), so adding instances
    /// does not multiply a tenant's rate. Up to a second's worth may go out at once.
    /// </summary>
    public int MessagesPerSecondPerTenant { get; set; } = 1000;

    /// <summary>A SUBMITTED message without a receipt after this long is EXPIRED.</summary>
    public TimeSpan ReceiptTimeout { get; set; } = TimeSpan.FromHours(72);
}
