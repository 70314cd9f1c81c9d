namespace KooMessage.Benchmarks.Sending;

/// <summary>
/// The operator's carrier bridge as the Webhook gateway sees it, reduced to what costs nothing: it
/// reads each signed batch and answers 200 (taken). It runs in its own host on a port of the system's
/// choosing, so the dispatcher's figure is its own work plus a real HTTP hand-over.
/// </summary>
public sealed class CarrierBridgeStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _batches;

    private CarrierBridgeStub(WebApplication app) => _app = app;

    public Uri Url => new(_app.Urls.First() + "/messages");

    /// <summary>Batches taken so far.</summary>
    public long Batches => Interlocked.Read(ref _batches);

    public static async Task<CarrierBridgeStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new CarrierBridgeStub(app);
        app.MapPost("/messages", async (HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            Interlocked.Increment(ref stub._batches);
            return Results.Ok();
        });
        await app.StartAsync();
        return stub;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
