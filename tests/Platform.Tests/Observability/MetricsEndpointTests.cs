using System.Net;
using System.Net.Http.Json;
using KooMessage.Platform.Tests.Infrastructure;
using KooMessage.Platform.Tests.Subscriptions;

namespace KooMessage.Platform.Tests.Observability;

/// <summary>
/// <c>/metrics</c> of a real child process (its own meters, nothing else counting) after a scenario
/// over real HTTP: a tenant set up to send, a task dispatched and answered by receipts, named
/// operations, a short-link click and an SSE subscription.
/// </summary>
public sealed class MetricsEndpointTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_scrape_after_a_scenario_counts_operations_dispatch_receipts_clicks_and_subscriptions()
    {
        await using var platform = await PlatformProcess.StartAsync(new Dictionary<string, string?>(SendTaskScenario.FastDispatch)
        {
            ["Metrics:Enabled"] = "true",
            ["GraphQL:RateLimits:Enabled"] = "false",
        });
        using var anonymous = platform.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/metrics")).StatusCode);

        var story = await SendTaskScenario.StartAsync(platform, "metrics");
        using var tenant = platform.CreateClient(story.Messaging.Filing.Tenant.Key);
        Assert.Equal(HttpStatusCode.Forbidden, (await tenant.GetAsync("/metrics")).StatusCode);

        string[] numbers = ["13800138001,A1", "13800138002,A2", "13800138003,A3"];
        var taskId = await story.CreateAsync(story.Input(numbers: numbers));
        await SendTaskScenario.WaitForAsync(story.AsTenant, taskId, t => SendTaskScenario.Finished(t) && SendTaskScenario.Progress(t, "delivered") == 3, Generous);
        for (var i = 0; i < 2; i++)
            await Post(tenant, "query MetricsProbe { __typename }");
        await Post(tenant, "query MetricsBroken { noSuchField }");
        var code = new PlatformStorage(platform.StoragePath).Strings("SELECT ShortLinkCode FROM Recipients WHERE ShortLinkCode IS NOT NULL LIMIT 1").Single();

        using var admin = platform.CreateClient(PlatformHost.AdminKey);
        // The click publishes the finished task's progress (nobody listens to it any more).
        using (var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = platform.BaseAddress })
            Assert.Equal(HttpStatusCode.Redirect, (await noRedirect.GetAsync($"/s/{code}")).StatusCode);

        // A subscription that stays open (a finished task's progress would complete at once), and an event it receives.
        await using (var stream = await SseTestStream.PostAsync(tenant, "subscription ReviewWatch { reviewStatusChanged { kind to } }"))
        {
            var open = await ScrapeUntilAsync(admin, m => m.Value("koomessage_streaming_subscriptions") == 1);
            Assert.Equal(1, open.Value("koomessage_streaming_connections", "transport=sse"));
            var deliveredBefore = open.Value("koomessage_events_delivered_total") ?? 0;
            await story.Messaging.ApprovedSignatureAsync(story.App, "指标科技");
            await stream.ExpectNextAsync(Generous);
            await ScrapeUntilAsync(admin, m => m.Value("koomessage_events_delivered_total") >= deliveredBefore + 1);
        }
        var metrics = await ScrapeUntilAsync(admin, m => m.Value("koomessage_streaming_subscriptions") == 0);

        Assert.Equal(0, metrics.Value("koomessage_streaming_connections", "transport=sse"));
        Assert.Equal(2, metrics.Value("koomessage_graphql_requests_total", "operation=MetricsProbe", "type=query", "outcome=ok"));
        Assert.Equal(1, metrics.Value("koomessage_graphql_requests_total", "operation=MetricsBroken", "outcome=error"));
        Assert.Equal(2, metrics.Value("koomessage_graphql_duration_seconds_count", "operation=MetricsProbe"));
        Assert.True(metrics.Value("koomessage_graphql_requests_total", "type=mutation", "outcome=ok") >= 5, metrics.Text);
        Assert.Equal(3, metrics.Value("koomessage_dispatch_recipients_total", "outcome=sent"));
        Assert.Equal(3, metrics.Value("koomessage_receipts_total", "outcome=delivered"));
        Assert.Equal(1, metrics.Value("koomessage_shortlinks_clicks_total"));
        Assert.True(metrics.Value("koomessage_events_published_total") >= 2, metrics.Text);
        Assert.Equal(0, metrics.Value("koomessage_dispatch_due_recipients"));
        Assert.Equal(0, metrics.Value("koomessage_reviews_queue_length"));
    }

    private static async Task Post(HttpClient http, string query)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query });
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, response.StatusCode.ToString());
    }

    /// <summary>Scrapes until <paramref name="condition"/> holds (bounded); the last scrape otherwise fails the test.</summary>
    private static async Task<PrometheusText> ScrapeUntilAsync(HttpClient admin, Func<PrometheusText, bool> condition)
    {
        var deadline = DateTime.UtcNow + Generous;
        for (var attempt = 0; ; attempt++)
        {
            using var response = await admin.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var metrics = new PrometheusText(await response.Content.ReadAsStringAsync());
            if (condition(metrics))
                return metrics;
            Assert.True(DateTime.UtcNow < deadline && attempt < 600, $"The metrics never matched:\n{metrics.Text}");
            await Task.Delay(100);
        }
    }
}
