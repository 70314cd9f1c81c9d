using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tests.Infrastructure;
using KooMessage.Platform.Tests.Subscriptions;
using Xunit.Abstractions;

namespace KooMessage.Platform.Tests.Hosting;

/// <summary>
/// SIGTERM to a real child process mid-dispatch with subscribers connected: the WebSocket closes with
/// 1001, the event stream completes, the batch in flight is recorded and the lease handed back, the
/// process exits on its own within Shutdown:Timeout, and the restarted instance resumes at once and
/// sends every recipient exactly once.
/// </summary>
public sealed class GracefulShutdownTests(ITestOutputHelper output)
{
    private const int RecipientCount = 100_000;
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A lease far longer than the test: if the stopping instance kept its lease, the restarted one could
    /// not resume before the test gives up. The rate keeps the dispatch running for several seconds.
    /// </summary>
    private static Dictionary<string, string?> Settings() => new(SendTaskScenario.FastDispatch)
    {
        ["Dispatch:BatchSize"] = "1000",
        ["Dispatch:MessagesPerSecondPerTenant"] = "4000",
        ["Dispatch:LeaseDuration"] = "00:30:00",
        ["Shutdown:Timeout"] = "00:00:10",
        ["GraphQL:RateLimits:Enabled"] = "false",
        ["GraphQL:ExecutionTimeout"] = "00:05:00",
    };

    [Fact]
    public async Task Sigterm_mid_dispatch_closes_subscribers_hands_the_lease_back_and_loses_or_repeats_nothing()
    {
        var storage = Path.Combine(Path.GetTempPath(), "koomessage-tests", Guid.NewGuid().ToString("N"));
        try
        {
            string key, taskId;
            await using (var first = await PlatformProcess.StartAsync(Settings(), storage))
            {
                var story = await SendTaskScenario.StartAsync(first, "sigterm");
                key = story.Messaging.Filing.Tenant.Key;
                var numbers = TestFiles.Csv(string.Join('\n', Enumerable.Range(0, RecipientCount).Select(i => $"{13_100_000_000L + i},R{i}")));
                var file = await story.AsTenant.UploadIdAsync(numbers, "numbers.csv", "NUMBER_FILE");
                taskId = await story.CreateAsync(story.Input(fileId: file));

                await using var socket = await GraphQLWsTestClient.InitAsync(first, new { apiKey = key });
                await socket.SubscribeAsync("progress", "subscription($id: ID!) { sendTaskProgress(taskId: $id) { status } }", new { id = taskId });
                using var sse = first.CreateClient(key, Timeout.InfiniteTimeSpan);
                using var stream = await OpenEventStreamAsync(sse, first.BaseAddress, taskId);

                var seen = await SendTaskScenario.WaitForAsync(first.As(key), taskId, t => SendTaskScenario.Progress(t, "sent") >= 8_000, Generous);
                Assert.Equal("SENDING", seen.GetProperty("status").GetString());

                // The subscribers keep reading while the process stops, as real clients would.
                var socketClosed = socket.ExpectCloseAfterMessagesAsync(1001, maxMessages: 10_000, Generous);
                var streamEnded = EndsWithCompleteAsync(stream);
                var (exitCode, took) = await first.TerminateAsync(Generous);
                output.WriteLine($"SIGTERM at {seen}; exited with {exitCode} after {took}");
                Assert.Equal(0, exitCode);
                // The host's own deadline, plus what the runtime needs to unload, on a busy machine.
                Assert.True(took < ShutdownTimeout + TimeSpan.FromSeconds(15), $"The process took {took} to stop.");

                Assert.Equal("Server shutting down", await socketClosed);
                Assert.True(await streamEnded, "The event stream did not end with a complete event.");
            }

            // The lease was handed back and the batch in flight recorded: nothing is owned, nothing half-sent.
            var db = new PlatformStorage(storage);
            Assert.True(GlobalId.TryDecode(taskId, "SendTask", out var id));
            var task = ("@task", (object)id.ToString().ToUpperInvariant());
            Assert.Equal(0, db.Count("SELECT COUNT(*) FROM SendTaskLanes WHERE TaskId = @task AND (Owner IS NOT NULL OR Until IS NOT NULL)", task));
            Assert.Equal(db.Count("SELECT COUNT(*) FROM SandboxMessages WHERE TaskId = @task", task),
                db.Count("SELECT COUNT(*) FROM Recipients WHERE TaskId = @task AND SubmittedAt IS NOT NULL", task));

            await using var second = await PlatformProcess.StartAsync(Settings(), storage);
            var done = await SendTaskScenario.WaitForAsync(second.As(key), taskId, t => SendTaskScenario.Finished(t), Generous);
            output.WriteLine($"finished after restart: {done}");
            await second.KillAsync();

            Assert.Equal(RecipientCount, db.Count("SELECT COUNT(*) FROM SandboxMessages WHERE TaskId = @task", task));
            Assert.Equal(RecipientCount, db.Count("SELECT COUNT(DISTINCT MessageId) FROM SandboxMessages WHERE TaskId = @task", task));
            Assert.Equal(RecipientCount, db.Count("SELECT Sent FROM SendTasks WHERE Id = @task", task));
        }
        finally
        {
            PlatformHost.TryDelete(storage);
        }
    }

    private static async Task<Stream> OpenEventStreamAsync(HttpClient http, Uri baseAddress, string taskId)
    {
        var body = JsonSerializer.Serialize(new { query = "subscription($id: ID!) { sendTaskProgress(taskId: $id) { status } }", variables = new { id = taskId } });
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, "/graphql")) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStreamAsync();
    }

    /// <summary>Reads the stream to its end (bounded by time) and says whether its last event was <c>complete</c>.</summary>
    private static async Task<bool> EndsWithCompleteAsync(Stream stream)
    {
        using var reader = new StreamReader(stream);
        using var deadline = new CancellationTokenSource(Generous);
        string? lastEvent = null;
        while (await reader.ReadLineAsync(deadline.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
                lastEvent = line["event: ".Length..];
        }
        return lastEvent == "complete";
    }
}
