namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// The host's <see cref="TimeProvider"/> for tests that need time to pass: the system clock plus an offset
/// the test moves forward (register it with <c>services.AddSingleton&lt;TimeProvider&gt;(clock)</c>). Timers
/// and delays still run on real time; only what the platform reads as "now" moves.
/// </summary>
public sealed class MovableClock : TimeProvider
{
    private long _offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
}
