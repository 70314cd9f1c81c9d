namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>A platform instance whose activation delay is one second, shared by the service-number tests of a class.</summary>
public sealed class ServiceNumberFixture : IAsyncLifetime
{
    public static readonly Dictionary<string, string?> FastActivation = new()
    {
        ["ServiceNumbers:ActivationDelay"] = "00:00:01",
        ["ServiceNumbers:ActivationInterval"] = "00:00:00.200",
    };

    private PlatformHost? _host;

    public PlatformHost Host => _host ?? throw new InvalidOperationException("The platform has not started.");

    public async Task InitializeAsync() => _host = await PlatformHost.StartAsync(FastActivation);

    public async Task DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }
}
