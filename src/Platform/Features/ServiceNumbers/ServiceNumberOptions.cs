namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>Configuration section "ServiceNumbers".</summary>
public sealed class ServiceNumberOptions
{
    public const string Section = "ServiceNumbers";

    /// <summary>How long after the first approval a service number becomes EFFECTIVE (the console's "within 24 h").</summary>
    public TimeSpan ActivationDelay { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the activation job looks for service numbers that are due.</summary>
    public TimeSpan ActivationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Click-event requests one token may make per <see cref="EventWindow"/> (per instance).</summary>
    public int EventRequestsPerWindow { get; set; } = 120;

    public TimeSpan EventWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Events in one <c>POST /sn/events</c> request.</summary>
    public int MaxEventsPerRequest { get; set; } = 100;

    /// <summary>The largest event request body read at all (413 above it).</summary>
    public long MaxEventRequestBytes { get; set; } = 64 * 1024;
}
