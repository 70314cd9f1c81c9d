namespace KooMessage.Platform.Features.Messaging;

/// <summary>Configuration section "Callbacks": SMS apps' receipt/status callbacks (回调地址).</summary>
public sealed class CallbackOptions
{
    public const string Section = "Callbacks";

    /// <summary>Whether this instance runs the deliverer (every instance may: rows are leased).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Only https:// URLs are accepted unless false (development and tests against a local receiver).</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>
    /// Lets callback hosts resolve to private, loopback, link-local, unique-local (ULA) and CGNAT
    /// addresses. Off: such hosts are refused when set and again at every delivery (DNS rebinding).
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Host names exempt from the private-address check (an internal receiver a deployment trusts).</summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>Attempts per event, the first included, before it is given up (FAILED).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait before the first retry; doubled after each failed attempt up to <see cref="MaxRetryDelay"/> (8 attempts ≈ 21 h).</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How long one POST may take (connect, send, response) before it counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often an idle deliverer looks for due events.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a leased event belongs to one instance; an instance that dies releases it by expiry.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Events one deliverer leases per round.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>Most delivery receipts one POST carries; more make more events.</summary>
    public int MaxReceiptsPerEvent { get; set; } = 100;

    /// <summary>The delay before attempt <paramref name="attempt"/> + 1 after <paramref name="attempt"/> failed ones.</summary>
    public TimeSpan RetryDelay(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        return TimeSpan.FromMilliseconds(Math.Min(FirstRetryDelay.TotalMilliseconds * factor, MaxRetryDelay.TotalMilliseconds));
    }
}
