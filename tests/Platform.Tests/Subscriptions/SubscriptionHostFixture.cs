using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Subscriptions;

/// <summary>
/// A platform instance with the test subscriptions and small streaming limits, so tests can reach
/// every limit quickly: 15 s to send connection_init, 4 KiB messages, 3 operations per socket and 3
/// connections per principal; no server pings (tests that want them start their own instance).
/// </summary>
public sealed class SubscriptionHostFixture : IAsyncLifetime
{
    public const int MaxMessageBytes = 4096;
    public const int MaxSubscriptionsPerConnection = 3;
    public const int MaxConnectionsPerPrincipal = 3;

    private PlatformHost? _host;

    public PlatformHost Host => _host ?? throw new InvalidOperationException("The platform has not started.");

    public static Dictionary<string, string?> Settings => new()
    {
        // Long enough that a loaded 2-core machine (load average 80 has been seen) always initialises in
        // time; the 4408 test waits it out, idle, once.
        ["Subscriptions:ConnectionInitTimeout"] = "00:00:15",
        ["Subscriptions:MaxMessageBytes"] = MaxMessageBytes.ToString(),
        ["Subscriptions:MaxSubscriptionsPerConnection"] = MaxSubscriptionsPerConnection.ToString(),
        ["Subscriptions:MaxConnectionsPerPrincipal"] = MaxConnectionsPerPrincipal.ToString(),
        ["Subscriptions:KeepAliveInterval"] = "00:00:00",
    };

    public async Task InitializeAsync() => _host = await PlatformHost.StartAsync(Settings, TestEventSubscriptions.Register);

    public async Task DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }
}
