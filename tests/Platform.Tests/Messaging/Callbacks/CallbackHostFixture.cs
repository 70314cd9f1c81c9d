using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Messaging;

/// <summary>One platform instance per test class, with callback settings of the class's choosing.</summary>
public abstract class CallbackHostFixture(IDictionary<string, string?> settings) : IAsyncLifetime
{
    private PlatformHost? _host;

    public PlatformHost Host => _host ?? throw new InvalidOperationException("The platform has not started.");

    public async Task InitializeAsync() => _host = await PlatformHost.StartAsync(settings);

    public async Task DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }
}
