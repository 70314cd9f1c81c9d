namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// Whether phones show a service number, after review: approval does not publish it at once — a
/// background job makes it EFFECTIVE once the configured delay has passed (the console's "within 24 h").
/// </summary>
public enum ServiceNumberStatus
{
    /// <summary>未生效: not yet approved, or approved and waiting for the activation delay.</summary>
    NotEffective,

    /// <summary>已生效: phones show it.</summary>
    Effective,

    /// <summary>已冻结: frozen by the tenant with a reason; only a reviewed unfreeze request lifts it.</summary>
    Frozen,
}
