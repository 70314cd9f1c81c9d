namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>
/// A tenant's send-rate token bucket, shared by every instance (<see cref="TenantRateLimiter"/>): it
/// holds up to a second of <see cref="DispatchOptions.MessagesPerSecondPerTenant"/> tokens, refills by
/// the time since <see cref="RefilledAt"/>, and is spent from by a compare-and-swap on
/// <see cref="Version"/>, so two instances never spend the same tokens. Dispatcher data, not a tenant's.
/// </summary>
public sealed class TenantRateBucket
{
    private TenantRateBucket()
    {
    }

    public Guid TenantId { get; private set; }

    /// <summary>Tokens left at <see cref="RefilledAt"/> (fractions carry over; more than a second's worth counts as a second's).</summary>
    public double Tokens { get; private set; }

    public DateTime RefilledAt { get; private set; }

    /// <summary>Bumped by every change: a take conditional on the version read loses to any change made since.</summary>
    public long Version { get; private set; }

    public static TenantRateBucket Full(Guid tenantId, double capacity, DateTime now) => new() { TenantId = tenantId, Tokens = capacity, RefilledAt = now };
}
