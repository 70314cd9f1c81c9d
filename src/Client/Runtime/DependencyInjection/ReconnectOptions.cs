namespace KooMessage.Client;

/// <summary>
/// How the subscription socket comes back after an abnormal close: exponential back-off with
/// jitter, at most <see cref="MaxAttempts"/> failed attempts in a row before subscriptions fail.
/// </summary>
public sealed class ReconnectOptions
{
    public int MaxAttempts { get; set; } = 10;

    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
