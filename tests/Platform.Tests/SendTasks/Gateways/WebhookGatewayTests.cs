using System.Net;
using System.Text.Json;
using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks.Gateways;
using KooMessage.Platform.Tests.Infrastructure;
using KooMessage.Platform.Tests.Messaging;

namespace KooMessage.Platform.Tests.SendTasks;

/// <summary>The Webhook gateway against a real carrier bridge on 127.0.0.1: signed batches out, signed receipts in, on every database provider;
/// recipients the dispatcher fails itself (a refused batch, retries given up) reach the app's callback as FAILED receipts.</summary>
public sealed class WebhookGatewayTests : IAsyncLifetime
{
    private const string Secret = CarrierBridge.Secret;
    private CarrierBridge _bridge = null!;
    private TestDatabase? _database;
    private PlatformHost _host = null!;

    public async Task InitializeAsync() => _bridge = await CarrierBridge.StartAsync();

    /// <summary>Starts the platform on a fresh database of <paramref name="provider"/>, sending to the bridge.</summary>
    private async Task StartPlatformAsync(DatabaseProvider provider, int batchSize = 500)
    {
        _database = await TestDatabase.CreateAsync(provider);
        _host = await _database.StartHostAsync(_bridge.Settings(new Dictionary<string, string?>(SendTaskScenario.FastDispatch)
        {
            ["Callbacks:RequireHttps"] = "false",
            ["Callbacks:AllowPrivateAddresses"] = "true",
            ["Callbacks:PollInterval"] = "00:00:00.050",
            ["Dispatch:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _host.DisposeAsync();
            await _database.DisposeAsync();
        }
        await _bridge.DisposeAsync();
    }

    private async Task<HttpResponseMessage> PostReceiptsAsync(object receipts, string secret = Secret)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { receipts });
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/receipts") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));
        return await _host.CreateClient().SendAsync(request);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Batches_are_signed_and_receipts_are_verified_idempotent_and_applied(DatabaseProvider provider)
    {
        await StartPlatformAsync(provider);
        var story = await SendTaskScenario.StartAsync(_host, "webhook");
        var taskId = await story.CreateAsync(story.Input(numbers: ["13800138000,A1", "13800138001,A2", "13800138002,A3"]));
        // Handed over, the task waits for its receipts: SENT, not yet final.
        var sent = await story.WaitForAsync(taskId, t => t.GetProperty("status").GetString() == "SENT");
        Assert.Equal(3, SendTaskScenario.Progress(sent, "sent"));
        var ids = _bridge.Received.ToList();
        Assert.Equal(3, ids.Distinct().Count());

        var forged = await PostReceiptsAsync(ids.Select(id => new { messageId = id, status = "DELIVERED" }), secret: "wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(0, SendTaskScenario.Progress(await story.TaskAsync(taskId), "delivered"));

        var receipts = new object[]
        {
            new { messageId = ids[0], status = "DELIVERED" },
            new { messageId = ids[1], status = "DELIVERED" },
            new { messageId = ids[2], status = "FAILED", errorCode = "UNREACHABLE" },
        };
        var applied = await PostReceiptsAsync(receipts);
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Contains("\"applied\":3", await applied.Content.ReadAsStringAsync());
        var repeated = await PostReceiptsAsync(receipts);
        Assert.Contains("\"applied\":0", await repeated.Content.ReadAsStringAsync());

        var task = await story.TaskAsync(taskId);
        Assert.Equal(2, SendTaskScenario.Progress(task, "delivered"));
        Assert.Equal(1, SendTaskScenario.Progress(task, "failed"));
        Assert.Equal("COMPLETED_WITH_FAILURES", task.GetProperty("status").GetString());

        var malformed = await PostReceiptsAsync(new[] { new { messageId = ids[0], status = "MAYBE" } });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    /// <summary>
    /// Each batch's answer is recorded while the next batch is handed over: with batches of two, nine recipients and the
    /// third POST failing, every other message is POSTed exactly once (no pass over the lane meets a batch in flight), the
    /// failed batch's two are given up, and the counters add up to what the bridge took.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Batches_recorded_while_the_next_is_handed_over_are_sent_once_and_counted_exactly(DatabaseProvider provider)
    {
        await StartPlatformAsync(provider, batchSize: 2);
        _bridge.FailWith = 503;
        _bridge.FailOnlyPost = 3;
        var story = await SendTaskScenario.StartAsync(_host, "webhook-batches");
        var numbers = Enumerable.Range(0, 9).Select(i => $"1380013810{i},C{i}").ToArray();
        var taskId = await story.CreateAsync(story.Input(numbers: numbers));

        var sent = await story.WaitForAsync(taskId, t => t.GetProperty("status").GetString() == "SENT");
        Assert.Equal(7, SendTaskScenario.Progress(sent, "sent"));
        Assert.Equal(2, SendTaskScenario.Progress(sent, "failed"));
        var ids = _bridge.Received.ToList();
        Assert.Equal(7, ids.Count);
        Assert.Equal(7, ids.Distinct().Count());

        var applied = await PostReceiptsAsync(ids.Select(id => new { messageId = id, status = "DELIVERED" }));
        Assert.Contains("\"applied\":7", await applied.Content.ReadAsStringAsync());
        var done = await story.WaitForAsync(taskId, SendTaskScenario.Finished);
        Assert.Equal("COMPLETED_WITH_FAILURES", done.GetProperty("status").GetString());
        Assert.Equal(7, SendTaskScenario.Progress(done, "delivered"));
    }

    /// <summary>A tenant whose app posts to <paramref name="callback"/> sends <paramref name="numbers"/> through a bridge answering <paramref name="failWith"/>; the task once finished.</summary>
    private async Task<(SendTaskScenario Story, string TaskId, JsonElement Done)> SendThroughFailingBridgeAsync(DatabaseProvider provider, int failWith,
        CallbackReceiver callback, string slug, string[] numbers)
    {
        await StartPlatformAsync(provider);
        _bridge.FailWith = failWith;
        var story = await SendTaskScenario.StartAsync(_host, slug);
        await CallbackDeliveryTests.SetCallbackAsync(story.AsTenant, story.App, callback.Url);
        var taskId = await story.CreateAsync(story.Input(numbers: numbers));
        return (story, taskId, await story.WaitForAsync(taskId, SendTaskScenario.Finished));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bridge_that_keeps_failing_fails_the_messages_after_the_last_attempt_and_the_app_hears_it(DatabaseProvider provider)
    {
        await using var callback = await CallbackReceiver.StartAsync();
        var (story, taskId, done) = await SendThroughFailingBridgeAsync(provider, 503, callback, "webhook-down", ["13900139000,B1", "13900139001,B2"]);
        Assert.Equal("FAILED", done.GetProperty("status").GetString());
        Assert.Equal(2, SendTaskScenario.Progress(done, "failed"));
        var errors = await story.AsTenant.QueryAsync($$"""{ node(id: "{{taskId}}") { ... on SendTask { recipients { nodes { state errorCode } } } } }""");
        Assert.All(errors.GetProperty("node").GetProperty("recipients").GetProperty("nodes").EnumerateArray(),
            r => Assert.Equal("GATEWAY_UNAVAILABLE", r.GetProperty("errorCode").GetString()));
        await AssertFailedReceiptsPostedAsync(callback, taskId, ["13900139000", "13900139001"], "GATEWAY_UNAVAILABLE");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_batch_the_bridge_refuses_fails_its_messages_at_once_and_the_app_hears_it(DatabaseProvider provider)
    {
        await using var callback = await CallbackReceiver.StartAsync();
        var (_, taskId, done) = await SendThroughFailingBridgeAsync(provider, 422, callback, "webhook-refuses",
            ["13700137000,C1", "13700137001,C2", "13700137002,C3"]);
        Assert.Equal(3, SendTaskScenario.Progress(done, "failed"));
        await AssertFailedReceiptsPostedAsync(callback, taskId, ["13700137000", "13700137001", "13700137002"], "WEBHOOK_422");
    }

    /// <summary>Each failed recipient is posted to the callback exactly once, as FAILED with the dispatcher's error code (no carrier receipt will come).</summary>
    private static async Task AssertFailedReceiptsPostedAsync(CallbackReceiver callback, string taskId, string[] phones, string errorCode)
    {
        List<JsonElement> receipts = [];
        await Eventually.TrueAsync(() =>
        {
            receipts = callback.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement)
                .Where(b => b.GetProperty("type").GetString() == "delivery.receipts")
                .SelectMany(b => b.GetProperty("data").GetProperty("receipts").EnumerateArray()).ToList();
            return receipts.Count >= phones.Length;
        }, "the failed recipients' receipts posted to the app's callback", TimeSpan.FromSeconds(60));
        Assert.Equal(phones.Order(), receipts.Select(r => r.GetProperty("phone").GetString()![^11..]).Order());
        Assert.All(receipts, r =>
        {
            Assert.Equal(taskId, r.GetProperty("taskId").GetString());
            Assert.Equal("FAILED", r.GetProperty("status").GetString());
            Assert.Equal(errorCode, r.GetProperty("errorCode").GetString());
        });
    }
}
