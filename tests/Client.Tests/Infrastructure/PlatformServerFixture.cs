namespace KooMessage.Client.Tests.Infrastructure;

/// <summary>One platform instance shared by the tests of a class; each test works in its own tenants.</summary>
public sealed class PlatformServerFixture : IAsyncLifetime
{
    private PlatformServer? _server;

    internal PlatformServer Server => _server ?? throw new InvalidOperationException("The platform has not started.");

    public async Task InitializeAsync() => _server = await PlatformServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
