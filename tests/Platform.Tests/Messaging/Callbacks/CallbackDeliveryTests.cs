using System.Text.Json;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.SendTasks.Gateways;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Messaging;

/// <summary>
/// Callbacks POSTed to a real local receiver over the real pipeline: signed (verified by the platform's
/// own scheme and by the snippet of docs/callbacks.md), retried after 500s with the same event id, given
/// up after Callbacks:MaxAttempts and retried by hand; review results and delivery receipts of the app's
/// objects, receipts batched. Loopback and http are allowed by this host's configuration.
/// </summary>
public sealed class CallbackDeliveryTests(FastCallbacksFixture fixture) : IClassFixture<FastCallbacksFixture>
{
    public const string LogSelection = "callbackDeliveries(first: 100) { totalCount nodes { id eventId eventType status attempts lastStatusCode lastLatencyMs lastError body deliveredAt } }";

    private PlatformHost Host => fixture.Host;

    public static async Task<string> SetCallbackAsync(GraphQLClient tenant, string app, Uri url)
        => (await tenant.MutateAsync("setSmsAppCallback", $"{{ id: \"{app}\", url: \"{url}\" }}", "signingSecret"))
            .GetProperty("signingSecret").GetString()!;

    public static async Task<JsonElement> LogAsync(GraphQLClient tenant, string app, string where = "")
        => (await tenant.QueryAsync($"{{ node(id: \"{app}\") {{ ... on SmsApp {{ {LogSelection.Replace("first: 100", "first: 100" + where)} }} }} }}"))
            .GetProperty("node").GetProperty("callbackDeliveries");

    private static async Task<JsonElement> PingAsync(GraphQLClient tenant, string app)
        => (await tenant.MutateAsync("pingSmsAppCallback", $"{{ id: \"{app}\" }}", "callbackDelivery { id eventId status }")).GetProperty("callbackDelivery");

    private static async Task<JsonElement> WaitForStatusAsync(GraphQLClient tenant, string app, string eventId, string status)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var node = (await LogAsync(tenant, app)).GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("eventId").GetString() == eventId);
            if (node.GetProperty("status").GetString() == status)
                return node;
            Assert.True(DateTime.UtcNow < deadline, $"Event {eventId} did not become {status}: {node}");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task A_ping_arrives_signed_with_its_event_id_and_the_log_records_the_answer()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var story = await MessagingScenario.StartAsync(Host, "cb-ping");
        var app = await story.CreateAppAsync();
        var secret = await SetCallbackAsync(story.AsTenant, app, receiver.Url);
        var ping = await PingAsync(story.AsTenant, app);
        var eventId = ping.GetProperty("eventId").GetString()!;

        var logged = await WaitForStatusAsync(story.AsTenant, app, eventId, "DELIVERED");
        var request = Assert.Single(receiver.Requests);
        Assert.Equal(eventId, request.Header(CallbackSender.EventIdHeader));
        Assert.Equal("ping", request.Header(CallbackSender.EventTypeHeader));
        Assert.StartsWith("application/json", request.Header("Content-Type"));
        Assert.True(WebhookSignature.Verify(secret, request.Header(WebhookSignature.TimestampHeader), request.Header(WebhookSignature.SignatureHeader),
            request.Body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(secret + "x", request.Header(WebhookSignature.TimestampHeader), request.Header(WebhookSignature.SignatureHeader),
            request.Body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(eventId, body.RootElement.GetProperty("id").GetString());
        Assert.Equal("ping", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(app, body.RootElement.GetProperty("app").GetProperty("id").GetString());
        Assert.Equal(request.Text, logged.GetProperty("body").GetString());
        Assert.Equal(200, logged.GetProperty("lastStatusCode").GetInt32());
        Assert.Equal(1, logged.GetProperty("attempts").GetInt32());
        Assert.True(logged.GetProperty("lastLatencyMs").GetInt32() >= 0);
    }

    [Fact]
    public async Task The_snippet_in_the_docs_verifies_a_real_callback_and_refuses_a_tampered_one()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var story = await MessagingScenario.StartAsync(Host, "cb-doc");
        var app = await story.CreateAppAsync();
        var secret = await SetCallbackAsync(story.AsTenant, app, receiver.Url);
        await WaitForStatusAsync(story.AsTenant, app, (await PingAsync(story.AsTenant, app)).GetProperty("eventId").GetString()!, "DELIVERED");
        var request = Assert.Single(receiver.Requests);

        var docs = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "docs", "callbacks.md"));
        var start = docs.IndexOf("```js\n", StringComparison.Ordinal) + "```js\n".Length;
        var snippet = docs[start..docs.IndexOf("```", start, StringComparison.Ordinal)];
        var folder = Directory.CreateTempSubdirectory("koomessage-verify-");
        try
        {
            var script = Path.Combine(folder.FullName, "verify.mjs");
            await File.WriteAllTextAsync(script, snippet + """

                import { readFileSync } from 'node:fs';
                const [secret, timestamp, signature, bodyFile] = process.argv.slice(2);
                const headers = { 'x-koomessage-timestamp': timestamp, 'x-koomessage-signature': signature };
                console.log(verifyKooMessageCallback(secret, headers, readFileSync(bodyFile)) ? 'valid' : 'invalid');
                """);
            var bodyFile = Path.Combine(folder.FullName, "body.json");
            var tampered = Path.Combine(folder.FullName, "tampered.json");
            await File.WriteAllBytesAsync(bodyFile, request.Body);
            await File.WriteAllTextAsync(tampered, request.Text.Replace("ping", "pong"));
            string[] headers = [request.Header(WebhookSignature.TimestampHeader), request.Header(WebhookSignature.SignatureHeader)];
            var timeout = TimeSpan.FromMinutes(1);
            Assert.Equal("valid", (await ChildCommand.RunAsync("node", [script, secret, .. headers, bodyFile], folder.FullName, timeout)).Trim());
            Assert.Equal("invalid", (await ChildCommand.RunAsync("node", [script, secret, .. headers, tampered], folder.FullName, timeout)).Trim());
            Assert.Equal("invalid", (await ChildCommand.RunAsync("node", [script, "whsec_wrong", .. headers, bodyFile], folder.FullName, timeout)).Trim());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Failed_attempts_are_retried_with_the_same_event_until_a_2xx()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        receiver.Answer = n => n < 2 ? 500 : 204;
        var story = await MessagingScenario.StartAsync(Host, "cb-retry");
        var app = await story.CreateAppAsync();
        await SetCallbackAsync(story.AsTenant, app, receiver.Url);
        var eventId = (await PingAsync(story.AsTenant, app)).GetProperty("eventId").GetString()!;

        var logged = await WaitForStatusAsync(story.AsTenant, app, eventId, "DELIVERED");
        Assert.Equal(3, logged.GetProperty("attempts").GetInt32());
        Assert.Equal(204, logged.GetProperty("lastStatusCode").GetInt32());
        Assert.Equal(3, receiver.Requests.Count);
        Assert.All(receiver.Requests, r => Assert.Equal(eventId, r.Header(CallbackSender.EventIdHeader)));
        Assert.Single(receiver.Requests.Select(r => r.Text).Distinct());
    }

    [Fact]
    public async Task After_the_last_attempt_an_event_is_failed_until_retried_by_hand()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        receiver.Answer = _ => 500;
        var story = await MessagingScenario.StartAsync(Host, "cb-giveup");
        var app = await story.CreateAppAsync();
        await SetCallbackAsync(story.AsTenant, app, receiver.Url);
        var ping = await PingAsync(story.AsTenant, app);
        var eventId = ping.GetProperty("eventId").GetString()!;

        var failed = await WaitForStatusAsync(story.AsTenant, app, eventId, "FAILED");
        Assert.Equal(3, failed.GetProperty("attempts").GetInt32());
        Assert.Equal(500, failed.GetProperty("lastStatusCode").GetInt32());
        Assert.Contains("500", failed.GetProperty("lastError").GetString());
        Assert.Equal(3, receiver.Requests.Count);
        var filtered = await LogAsync(story.AsTenant, app, ", where: { status: { eq: FAILED } }");
        Assert.Equal(1, filtered.GetProperty("totalCount").GetInt32());

        receiver.Answer = _ => 200;
        var retried = await story.AsTenant.MutateAsync("retryCallbackDelivery", $"{{ id: \"{ping.GetProperty("id").GetString()}\" }}", "callbackDelivery { status attempts }");
        Assert.Equal("PENDING", retried.GetProperty("callbackDelivery").GetProperty("status").GetString());
        var delivered = await WaitForStatusAsync(story.AsTenant, app, eventId, "DELIVERED");
        Assert.Equal(1, delivered.GetProperty("attempts").GetInt32());
        Assert.Equal(4, receiver.Requests.Count);
        var again = await story.AsTenant.TryMutateAsync("retryCallbackDelivery", $"{{ id: \"{ping.GetProperty("id").GetString()}\" }}", "callbackDelivery { status }");
        Assert.Equal("InvalidStateError", again.ErrorType());
    }

    [Fact]
    public async Task Review_results_of_the_apps_signatures_and_templates_are_posted()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var story = await MessagingScenario.StartAsync(Host, "cb-review");
        var app = await story.CreateAppAsync();
        await SetCallbackAsync(story.AsTenant, app, receiver.Url);
        var signature = await story.ApprovedSignatureAsync(app);
        var template = await story.ApprovedTemplateAsync(app, signature);

        await Eventually.TrueAsync(() => receiver.Requests.Count >= 2, "two review results");
        var results = receiver.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.All(results, r => Assert.Equal("review.result", r.GetProperty("type").GetString()));
        var subjects = results.Select(r => r.GetProperty("data").GetProperty("subject").GetProperty("id").GetString()).ToList();
        Assert.Contains(signature, subjects);
        Assert.Contains(template, subjects);
        Assert.All(results, r => Assert.Equal("APPROVED", r.GetProperty("data").GetProperty("to").GetString()));

        // Another app of the tenant, without a callback, gets no events.
        var quiet = await story.CreateAppAsync("静默应用");
        await story.ApprovedSignatureAsync(quiet, "静默科技");
        Assert.Equal(0, (await LogAsync(story.AsTenant, quiet)).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Delivery_receipts_of_the_apps_tasks_are_posted_in_bounded_batches()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var sender = await SendTaskScenario.StartAsync(Host, "cb-receipts");
        await SetCallbackAsync(sender.AsTenant, sender.App, receiver.Url);
        string[] numbers = ["13800138000,A1", "13800138001,A2", "13800138002,A3", "13800138003,A4", "13800138004,A5"];
        var task = await sender.CreateAsync(sender.Input(numbers: numbers));
        var done = await sender.WaitForAsync(task, SendTaskScenario.Finished);
        var answered = SendTaskScenario.Progress(done, "delivered") + SendTaskScenario.Progress(done, "failed");
        Assert.True(answered > 0, done.ToString());

        List<JsonElement> receipts = [];
        await Eventually.TrueAsync(() =>
        {
            receipts = receiver.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement)
                .Where(b => b.GetProperty("type").GetString() == "delivery.receipts")
                .SelectMany(b => b.GetProperty("data").GetProperty("receipts").EnumerateArray()).ToList();
            return receipts.Count >= answered;
        }, "every receipt posted");
        Assert.Equal(answered, receipts.Count);
        Assert.Equal(answered, receipts.Select(r => r.GetProperty("messageId").GetString()).Distinct().Count());
        Assert.All(receipts, r => Assert.Equal(task, r.GetProperty("taskId").GetString()));
        Assert.All(receipts, r => Assert.Contains(r.GetProperty("status").GetString(), new[] { "DELIVERED", "FAILED" }));
        Assert.All(receiver.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement).Where(b => b.GetProperty("type").GetString() == "delivery.receipts"),
            b => Assert.InRange(b.GetProperty("data").GetProperty("receipts").GetArrayLength(), 1, 2));
    }
}
