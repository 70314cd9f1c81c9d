using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// Another origin for browser tests: a Kestrel on its own 127.0.0.1 port serving one empty page, so
/// scripts run there call the platform cross-origin as a frontend app on another host would.
/// </summary>
public sealed class BrowserOrigin : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BrowserOrigin(WebApplication app)
    {
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Origin = address.TrimEnd('/');
    }

    /// <summary>Scheme, host and port, as a browser sends it in <c>Origin</c>.</summary>
    public string Origin { get; }

    public string PageUrl => Origin + "/";

    public static async Task<BrowserOrigin> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/", () => Results.Content("<!DOCTYPE html><html><head><title>frontend app</title></head><body></body></html>", "text/html"));
        await app.StartAsync();
        return new BrowserOrigin(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
