using KooMessage.Client.Runtime.WebSockets;

namespace KooMessage.Client.Tests.Runtime;

public sealed class ReconnectBackoffTests
{
    private static readonly ReconnectOptions Options = new() { InitialDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(2) };

    [Theory]
    [InlineData(1, 50, 100)]
    [InlineData(2, 100, 200)]
    [InlineData(4, 400, 800)]
    [InlineData(6, 1000, 2000)]
    [InlineData(60, 1000, 2000)]
    public void Delay_doubles_per_attempt_with_jitter_and_never_exceeds_the_maximum(int attempt, int minMs, int maxMs)
    {
        var random = new Random(42);

        for (var i = 0; i < 100; i++)
        {
            var delay = ReconnectBackoff.Delay(attempt, Options, random).TotalMilliseconds;
            Assert.InRange(delay, minMs, maxMs);
        }
    }
}
