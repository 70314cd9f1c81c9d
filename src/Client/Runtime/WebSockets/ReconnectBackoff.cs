namespace KooMessage.Client.Runtime.WebSockets;

/// <summary>
/// Exponential back-off with "equal jitter": attempt n waits between half and all of
/// min(max, initial·2ⁿ⁻¹), so many clients dropped at once do not reconnect in lockstep.
/// </summary>
internal static class ReconnectBackoff
{
    public static TimeSpan Delay(int attempt, ReconnectOptions options, Random random)
    {
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 30);
        var ceiling = Math.Min(options.MaxDelay.TotalMilliseconds, options.InitialDelay.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (random.NextDouble() / 2)));
    }
}
