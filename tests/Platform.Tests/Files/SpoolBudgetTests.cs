using System.Net;
using System.Net.Http.Headers;
using KooMessage.Platform.Files;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KooMessage.Platform.Tests.Files;

/// <summary>
/// The spool disk budget over real HTTP: uploads in flight hold their announced length; a key whose
/// share is full gets 429, an instance whose budget is full gets 503 (both with Retry-After), a request
/// larger than a share gets 413; every refused request is refused whole, stores nothing and leaves
/// no spool file.
/// </summary>
public sealed class SpoolBudgetTests : IAsyncLifetime
{
    private const int Share = 1_000_000;
    private const int Total = 1_500_000;
    private const int LargeFile = 600_000;

    private PlatformHost _host = null!;
    private readonly List<InterruptedContent> _hanging = [];
    private readonly List<Task> _hangingRequests = [];

    public async Task InitializeAsync() => _host = await PlatformHost.StartAsync(new Dictionary<string, string?>
    {
        ["Files:MaxSpoolBytesPerPrincipal"] = Share.ToString(),
        ["Files:MaxSpoolBytes"] = Total.ToString(),
    });

    public async Task DisposeAsync()
    {
        foreach (var content in _hanging)
            content.Abort();
        await Task.WhenAll(_hangingRequests);
        await _host.DisposeAsync();
    }

    private SpoolBudget Budget => _host.Services.GetRequiredService<SpoolBudget>();

    private static HttpContent Upload(int size) => GraphQLUploads.Build(GraphQLUploads.UploadMutation, new { file = (object?)null, purpose = "LETTER" },
        new Dictionary<string, string> { ["0"] = "variables.file" }, [("0", TestFiles.Pdf(size), "letter.pdf")]);

    /// <summary>Starts an upload that sends half its body and then waits, holding its share of the budget, until the test ends.</summary>
    private async Task StartHangingUploadAsync(string key, int size)
    {
        using var full = Upload(size);
        var body = await full.ReadAsByteArrayAsync();
        var content = new InterruptedContent(body, body.Length / 2, full.Headers.ContentType);
        _hanging.Add(content);
        var spooling = _host.SpoolFiles().Length;
        // Its own client with a long timeout: the request must stay open for as long as the test needs it.
        var http = new HttpClient { BaseAddress = _host.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        _hangingRequests.Add(SendExpectingItToBreakAsync(http, content));
        await Eventually.TrueAsync(() => _host.SpoolFiles().Length > spooling, "the hanging upload to start spooling", TimeSpan.FromMinutes(2));
    }

    private static async Task SendExpectingItToBreakAsync(HttpClient http, HttpContent content)
    {
        using (http)
        {
            try
            {
                await GraphQLUploads.SendAsync(http, content);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException or System.Text.Json.JsonException)
            {
                // Aborted by the test on purpose.
            }
        }
    }

    /// <summary>Sends a request that must be refused by the budget; checks the status, code and Retry-After, and that nothing was kept.</summary>
    private async Task AssertRefusedAsync(string key, HttpContent content, HttpStatusCode status, bool retryAfter)
    {
        var blobs = _host.BlobCount();
        var spooling = _host.SpoolFiles().Length;
        using var http = _host.CreateClient(key);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Add("GraphQL-Preflight", "1");
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Contains("\"UPLOAD_BUDGET_EXCEEDED\"", body);
        if (retryAfter)
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "A busy refusal must say when to retry.");
        else
            Assert.Null(response.Headers.RetryAfter);
        Assert.Equal(blobs, _host.BlobCount());
        await Eventually.TrueAsync(() => _host.SpoolFiles().Length == spooling, "the refused request's spool files to be deleted");
    }

    /// <summary>A request's reservation ends when the server disposes of it, just after the client has its response.</summary>
    private Task AssertBudgetReleasedAsync()
        => Eventually.TrueAsync(() => Budget.InFlightBytes == 0, "every request to release its share of the spool budget", TimeSpan.FromMinutes(2));

    [Fact]
    public async Task Uploads_beyond_a_keys_share_get_429_beyond_the_instances_budget_503_and_pass_again_once_the_others_end()
    {
        var a = (await _host.CreateTenantAsync(Slugs.New("spoola"))).Key;
        var b = (await _host.CreateTenantAsync(Slugs.New("spoolb"))).Key;
        var c = (await _host.CreateTenantAsync(Slugs.New("spoolc"))).Key;

        await StartHangingUploadAsync(a, LargeFile);
        // Key A's second large upload would take A past its share: refused before its body is read.
        await AssertRefusedAsync(a, Upload(LargeFile), HttpStatusCode.TooManyRequests, retryAfter: true);

        await StartHangingUploadAsync(b, LargeFile);
        // Key C has its whole share, but the instance has not: 2 × 600 KB in flight, 1.5 MB in all.
        await AssertRefusedAsync(c, Upload(LargeFile), HttpStatusCode.ServiceUnavailable, retryAfter: true);
        // A small upload still fits beside the two in flight: the budget refuses only what it has no room for.
        (await _host.As(c).UploadAsync(TestFiles.Pdf(100_000), "small.pdf", "LETTER")).AssertNoErrors();

        foreach (var content in _hanging)
            content.Abort();
        await AssertBudgetReleasedAsync();
        (await _host.As(a).UploadAsync(TestFiles.Pdf(LargeFile), "letter.pdf", "LETTER")).AssertNoErrors();
        (await _host.As(c).UploadAsync(TestFiles.Pdf(LargeFile), "letter.pdf", "LETTER")).AssertNoErrors();
        await AssertBudgetReleasedAsync();
    }

    [Fact]
    public async Task A_request_larger_than_a_share_gets_413_whether_it_announces_its_length_or_not()
    {
        var key = (await _host.CreateTenantAsync(Slugs.New("spoolbig"))).Key;
        // Announced: refused before a byte of it is read.
        await AssertRefusedAsync(key, Upload(Share + 100_000), HttpStatusCode.RequestEntityTooLarge, retryAfter: false);

        // Chunked, so only counted as it spools: refused where it passes the share, its spool file deleted.
        using var announced = Upload(Share + 100_000);
        await AssertRefusedAsync(key, new UnannouncedContent(await announced.ReadAsByteArrayAsync(), announced.Headers.ContentType),
            HttpStatusCode.RequestEntityTooLarge, retryAfter: false);
        await AssertBudgetReleasedAsync();
    }

    /// <summary>A body sent with chunked transfer encoding: the server learns its length only by reading it.</summary>
    private sealed class UnannouncedContent : HttpContent
    {
        private readonly byte[] _body;

        public UnannouncedContent(byte[] body, MediaTypeHeaderValue? contentType)
        {
            _body = body;
            Headers.ContentType = contentType;
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
