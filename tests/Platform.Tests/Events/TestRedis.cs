namespace KooMessage.Platform.Tests.Events;

/// <summary>
/// The real redis-server the Redis tests use: tests/run.sh installs and starts one on 127.0.0.1 and
/// passes its address in <see cref="Variable"/>. Without it those tests fail and say so; they never
/// skip silently.
/// </summary>
public static class TestRedis
{
    public const string Variable = "KOOMESSAGE_TEST_REDIS";

    public static string Configuration => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configuration
        ? configuration
        : throw new Xunit.Sdk.XunitException(
            $"{Variable} is not set. This test needs a real redis-server: run the suite with tests/run.sh, which starts one, " +
            $"or start one yourself and set {Variable}=127.0.0.1:<port>.");

    /// <summary>A channel no other test uses, so tests sharing the server never see each other's events.</summary>
    public static string NewChannel() => $"koomessage-test:{Guid.NewGuid():N}";
}
