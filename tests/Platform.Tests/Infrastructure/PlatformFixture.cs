namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>One platform instance shared by the tests of a class (tests keep apart by unique slugs).</summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private PlatformHost? _host;

    public PlatformHost Host => _host ?? throw new InvalidOperationException("The platform has not started.");

    public async Task InitializeAsync() => _host = await PlatformHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }
}
