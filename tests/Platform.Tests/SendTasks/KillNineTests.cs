using System.Diagnostics;
using System.Text.Json;
using KooMessage.Platform.Features.SendTasks.Preparation;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KooMessage.Platform.Tests.SendTasks;

/// <summary>
/// Crash safety against kill -9: the platform runs as a child process that is killed without any
/// shutdown code — mid-dispatch, mid-receipts, mid-upload, mid-creation — and restarted on the same
/// storage; what it leaves behind is then recounted from the database and the blob folder directly.
/// </summary>
public sealed class KillNineTests(ITestOutputHelper output)
{
    private const int RecipientCount = 100_000;
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Fast enough for 100k recipients on a busy 2-core machine: big batches, a rate that does not
    /// throttle, short leases so a restarted instance resumes within seconds, a share of FAILED
    /// receipts so both receipt outcomes are counted.
    /// </summary>
    private static Dictionary<string, string?> Settings(string storage) => new(SendTaskScenario.FastDispatch)
    {
        ["Dispatch:BatchSize"] = "1000",
        ["Dispatch:MessagesPerSecondPerTenant"] = "50000",
        ["Dispatch:LeaseDuration"] = "00:00:02",
        // createSendTask answers PREPARING at once; the recipients are written in batches under a lease its instance renews
        // every third of it (10 s: a live preparation keeps it on a busy machine, a killed one loses it within seconds).
        ["Preparation:ResponseWait"] = "00:00:00",
        ["Preparation:BatchSize"] = "1000",
        ["Preparation:LeaseDuration"] = "00:00:10",
        ["Gateway:SandboxReceiptDelay"] = "00:00:00.200",
        ["Gateway:SandboxFailureRate"] = "0.05",
        ["GraphQL:RateLimits:Enabled"] = "false",
        // Upload spools go under the storage folder, where the test can see them.
        ["TMPDIR"] = Directory.CreateDirectory(Path.Combine(storage, "tmp")).FullName,
    };

    private static byte[] NumberFile(int count)
        => TestFiles.Csv(string.Join('\n', Enumerable.Range(0, count).Select(i => $"{13_100_000_000L + i},R{i}")));

    private static string NewStorage() => Path.Combine(Path.GetTempPath(), "koomessage-tests", Guid.NewGuid().ToString("N"));

    private static string TaskKey(string globalId)
    {
        Assert.True(GlobalId.TryDecode(globalId, "SendTask", out var id));
        // EF Core stores GUIDs in SQLite as upper-case text.
        return id.ToString().ToUpperInvariant();
    }

    [Fact]
    public async Task A_100k_task_killed_twice_mid_dispatch_sends_every_recipient_once_and_counts_every_receipt_once()
    {
        var storage = NewStorage();
        var clock = Stopwatch.StartNew();
        try
        {
            string taskId, key;
            await using (var first = await PlatformProcess.StartAsync(Settings(storage), storage))
            {
                var story = await SendTaskScenario.StartAsync(first, "killnine");
                key = story.Messaging.Filing.Tenant.Key;
                var file = await story.AsTenant.UploadIdAsync(NumberFile(RecipientCount), "numbers.csv", "NUMBER_FILE");
                taskId = await story.CreateAsync(story.Input(fileId: file));
                output.WriteLine($"{clock.Elapsed}: task created");
                await KillWhenAsync(first, key, taskId, t => SendTaskScenario.Progress(t, "sent") >= 20_000, clock);
            }
            await using (var second = await PlatformProcess.StartAsync(Settings(storage), storage))
            {
                // Later, with receipts flowing beside the sending: the second kill hits both.
                await KillWhenAsync(second, key, taskId, t => SendTaskScenario.Progress(t, "sent") >= 65_000
                    && SendTaskScenario.Progress(t, "delivered") + SendTaskScenario.Progress(t, "failed") > 0, clock);
            }
            await using var third = await PlatformProcess.StartAsync(Settings(storage), storage);
            var done = await SendTaskScenario.WaitForAsync(third.As(key), taskId, t => SendTaskScenario.Finished(t)
                && SendTaskScenario.Progress(t, "delivered") + SendTaskScenario.Progress(t, "failed") == SendTaskScenario.Progress(t, "sent"), Generous);
            output.WriteLine($"{clock.Elapsed}: finished after two kills: {done}");
            var db = new PlatformStorage(storage);
            var task = ("@task", (object)TaskKey(taskId));
            // The carrier logs a receipt after sending it, like a real one: a kill between the two leaves
            // receipts it must log (and send) again, which the restarted simulator does on its own time.
            await Eventually.TrueAsync(() => db.Count("SELECT COUNT(*) FROM SandboxMessages WHERE TaskId = @task AND Receipt IS NULL", task) == 0,
                "the Sandbox to log every receipt", Generous);
            await third.KillAsync();

            long Recount(string where) => db.Count($"SELECT COUNT(*) FROM Recipients WHERE TaskId = @task AND {where}", task);
            long Counter(string column) => db.Count($"SELECT {column} FROM SendTasks WHERE Id = @task", task);

            // Every recipient reached the gateway exactly once (the Sandbox's log is the carrier's record).
            Assert.Equal(RecipientCount, db.Count("SELECT COUNT(*) FROM Recipients WHERE TaskId = @task", task));
            Assert.Equal(RecipientCount, db.Count("SELECT COUNT(*) FROM SandboxMessages WHERE TaskId = @task", task));
            Assert.Equal(RecipientCount, db.Count("SELECT COUNT(DISTINCT MessageId) FROM SandboxMessages WHERE TaskId = @task", task));
            Assert.Equal(0, db.Count("""
                SELECT COUNT(*) FROM Recipients r WHERE r.TaskId = @task
                AND NOT EXISTS (SELECT 1 FROM SandboxMessages m WHERE m.MessageId = lower(replace(r.Id, '-', '')))
                """, task));
            Assert.Equal(0, Recount("State IN ('Pending', 'Submitted')"));

            // Counters equal recounts of the recipients' states.
            Assert.Equal(Recount("SubmittedAt IS NOT NULL"), Counter("Sent"));
            Assert.Equal(Recount("State = 'Delivered'"), Counter("Delivered"));
            Assert.Equal(Recount("State = 'Failed'"), Counter("Failed"));
            Assert.Equal(Recount("State = 'Expired'"), Counter("Expired"));
            Assert.Equal(RecipientCount, Counter("Sent"));
            Assert.Equal(RecipientCount, Counter("Delivered") + Counter("Failed"));
            Assert.True(Counter("Failed") > 0, "The Sandbox's failure share produced no FAILED receipt.");

            // The statistics rollups (issue 17), written in the same transactions as the counters, survived both kills:
            // their sums over the task equal the recount of its recipients.
            long Rollup(string column) => db.Count($"SELECT COALESCE(SUM({column}), 0) FROM MessageStatistics WHERE TaskId = @task", task);
            Assert.Equal(RecipientCount, Rollup("Submitted"));
            Assert.Equal(Recount("SubmittedAt IS NOT NULL"), Rollup("Sent"));
            Assert.Equal(Recount("State = 'Delivered'"), Rollup("Delivered"));
            Assert.Equal(Recount("State = 'Failed'"), Rollup("Failed"));
            Assert.Equal(Recount("State = 'Expired'"), Rollup("Expired"));

            // Each of the carrier's receipts was applied once, with the outcome the carrier reported.
            Assert.Equal(0, db.Count("""
                SELECT COUNT(*) FROM SandboxMessages m JOIN Recipients r ON m.MessageId = lower(replace(r.Id, '-', ''))
                WHERE m.TaskId = @task AND (m.Receipt IS NULL OR m.Receipt <> r.State)
                """, task));

            // No orphaned leases: nothing is still owned once the work is done.
            Assert.Equal("CompletedWithFailures", db.Strings($"SELECT Status FROM SendTasks WHERE Id = '{TaskKey(taskId)}'").Single());
            Assert.Equal(0, db.Count("SELECT COUNT(*) FROM SendTaskLanes WHERE Owner IS NOT NULL OR Until IS NOT NULL"));
            // Receipts that overtook the dispatcher's record of the hand-over carry one time for both.
            output.WriteLine($"{clock.Elapsed}: sent {Counter("Sent")}, delivered {Counter("Delivered")}, failed {Counter("Failed")}, "
                + $"delivered before the hand-over was recorded {Recount("State = 'Delivered' AND SubmittedAt = DeliveredAt")}");
        }
        finally
        {
            PlatformHost.TryDelete(storage);
        }
    }

    [Fact]
    public async Task A_video_task_killed_mid_dispatch_sends_every_recipient_one_video_message()
    {
        const int count = 20_000;
        var storage = NewStorage();
        var clock = Stopwatch.StartNew();
        // Slower than the 100k smart task, so the kill lands mid-dispatch: 2,000 messages a second.
        var settings = new Dictionary<string, string?>(Settings(storage)) { ["Dispatch:MessagesPerSecondPerTenant"] = "2000", ["Dispatch:BatchSize"] = "500" };
        try
        {
            string taskId, key;
            await using (var first = await PlatformProcess.StartAsync(settings, storage))
            {
                var story = await VideoTaskScenario.StartAsync(first, "killvideo");
                key = story.TenantKey;
                var numbers = TestFiles.Csv(string.Join('\n', Enumerable.Range(0, count).Select(i => $"{13_100_000_000L + i},客户{i},O{i}")));
                var file = await story.AsTenant.UploadIdAsync(numbers, "numbers.csv", "NUMBER_FILE");
                taskId = await story.CreateAsync(story.Input(fileId: file));
                var seen = await VideoTaskScenario.WaitForAsync(first.As(key), taskId, t => SendTaskScenario.Progress(t, "sent") >= 4_000, Generous);
                await first.KillAsync();
                output.WriteLine($"{clock.Elapsed}: killed at {seen}");
                Assert.Equal("SENDING", seen.GetProperty("status").GetString());
                Assert.True(SendTaskScenario.Progress(seen, "sent") < count, "The dispatch finished before the kill.");
            }
            await using var second = await PlatformProcess.StartAsync(settings, storage);
            var done = await VideoTaskScenario.WaitForAsync(second.As(key), taskId, t => SendTaskScenario.Finished(t)
                && SendTaskScenario.Progress(t, "delivered") + SendTaskScenario.Progress(t, "failed") == count, Generous);
            output.WriteLine($"{clock.Elapsed}: finished after the kill: {done}");
            await second.KillAsync();

            Assert.True(KooMessage.Platform.GraphQL.Relay.GlobalId.TryDecode(taskId, "VideoTask", out var id));
            var db = new PlatformStorage(storage);
            var task = ("@task", (object)id.ToString().ToUpperInvariant());
            Assert.Equal(count, db.Count("SELECT COUNT(*) FROM Recipients WHERE TaskId = @task", task));
            Assert.Equal(count, db.Count("SELECT COUNT(*) FROM SandboxMessages WHERE TaskId = @task", task));
            Assert.Equal(count, db.Count("SELECT COUNT(DISTINCT MessageId) FROM SandboxMessages WHERE TaskId = @task", task));
            Assert.Equal(count, db.Count("SELECT COUNT(*) FROM SandboxMessages WHERE TaskId = @task AND Channel = 'Video' AND Video LIKE '%\"p_2\"%'", task));
            Assert.Equal(0, db.Count("SELECT COUNT(*) FROM Recipients WHERE TaskId = @task AND State IN ('Pending', 'Submitted')", task));
            Assert.Equal(count, db.Count("SELECT Sent FROM SendTasks WHERE Id = @task", task));
            Assert.Equal(0, db.Count("SELECT COUNT(*) FROM SendTaskLanes WHERE Owner IS NOT NULL OR Until IS NOT NULL"));
        }
        finally
        {
            PlatformHost.TryDelete(storage);
        }
    }

    [Fact]
    public async Task An_upload_cut_or_killed_mid_body_leaves_no_blob_once_swept_and_a_task_killed_mid_preparation_ends_failed_never_sent()
    {
        var storage = NewStorage();
        var files = new PlatformStorage(storage);
        var spool = Path.Combine(storage, "tmp");
        var numbers = NumberFile(RecipientCount);
        string taskId, tenantKey;
        try
        {
            await using (var first = await PlatformProcess.StartAsync(Settings(storage), storage))
            {
                var key = (await TestTenant.CreateAsync(first.Admin(), Slugs.New("killupload"))).Key;
                await first.As(key).UploadIdAsync(TestFiles.Pdf(), "letter.pdf", "LETTER");
                AssertBlobsMatchRows(files);

                // The client gives up mid-body: the server drops the spool and stores nothing.
                var cut = CutUpload(numbers);
                var upload = SendIgnoringFailureAsync(first.CreateClient(key), cut);
                await WaitUntilAsync(() => Spooled(spool), "the server spooling the upload");
                cut.Abort();
                await upload;
                await WaitUntilAsync(() => !Spooled(spool), "the spool removed after the client gave up");
                AssertBlobsMatchRows(files);

                // The process dies mid-body.
                var hanging = CutUpload(numbers);
                var killed = SendIgnoringFailureAsync(first.CreateClient(key), hanging);
                await WaitUntilAsync(() => Spooled(spool), "the server spooling the upload");
                await first.KillAsync();
                hanging.Abort();
                await killed;
            }

            // What a kill leaves: the spool of the upload it cut, and (a kill between the blob's write and its
            // row's save, too narrow to hit on purpose, so planted here) a partial and a whole blob without a row.
            Assert.True(Spooled(spool), "The kill left no spool file to sweep.");
            var tenantFolder = Directory.EnumerateDirectories(files.BlobFolder).First();
            var abandoned = new[] { $"{Guid.NewGuid():N}.partial", $"{Guid.NewGuid():N}" }.Select(n => Path.Combine(tenantFolder, n)).ToList();
            foreach (var path in abandoned)
                File.WriteAllBytes(path, TestFiles.Pdf());
            // The grace period (an hour) is not waited out: the leftovers are aged by an hour and a minute instead.
            foreach (var path in abandoned.Concat(Directory.EnumerateFiles(spool, "koomessage-upload-*")))
                File.SetLastWriteTimeUtc(path, DateTime.UtcNow - TimeSpan.FromMinutes(61));
            // A blob written just now by another instance sharing the storage, whose row is about to be saved: not an orphan yet.
            var inFlight = Path.Combine(tenantFolder, $"{Guid.NewGuid():N}");
            File.WriteAllBytes(inFlight, TestFiles.Pdf());
            var rows = files.Count("SELECT COUNT(*) FROM Files");

            await using (var second = await PlatformProcess.StartAsync(Settings(storage), storage))
            {
                // The start-up sweep runs beside the server: wait for it, then count what is left.
                await WaitUntilAsync(() => !Spooled(spool) && files.BlobKeys().Count == rows + 1, "the start-up sweep");
                Assert.Empty(Directory.EnumerateFiles(spool, "koomessage-upload-*"));
                Assert.Equal(rows + 1, files.BlobKeys().Count);
                Assert.True(File.Exists(inFlight), "The sweep deleted a blob younger than the grace period.");
                Assert.All(abandoned, path => Assert.False(File.Exists(path), $"{path} survived the sweep."));
                File.Delete(inFlight);
                AssertBlobsMatchRows(files);
                Assert.Equal(0, files.Count("SELECT COUNT(*) FROM SendTasks"));

                // The process dies while the task's 100k recipients are being written in the background.
                var scenario = await SendTaskScenario.StartAsync(second, "killcreate");
                var file = await scenario.AsTenant.UploadIdAsync(numbers, "numbers.csv", "NUMBER_FILE");
                taskId = await scenario.CreateAsync(scenario.Input(fileId: file));
                tenantKey = scenario.Messaging.Filing.Tenant.Key;
                await WaitUntilAsync(() => files.Count("SELECT Prepared FROM SendTasks WHERE Id = @task", ("@task", (object)TaskKey(taskId))) > 0,
                    "the preparation writing recipients");
                await second.KillAsync();
            }
            await using var third = await PlatformProcess.StartAsync(Settings(storage), storage);
            AssertBlobsMatchRows(files);
            // Its lease runs out: the restarted instance ends it FAILED, with a reason, and never dispatches it.
            var failed = await SendTaskScenario.WaitForAsync(third.As(tenantKey), taskId, t => t.GetProperty("status").GetString() != "PREPARING", Generous);
            output.WriteLine($"after the kill mid-preparation: {failed}");
            Assert.Equal("FAILED", failed.GetProperty("status").GetString());
            var task = ("@task", (object)TaskKey(taskId));
            Assert.Equal(SendTaskPreparations.InterruptedReason, files.Strings($"SELECT FailureReason FROM SendTasks WHERE Id = '{TaskKey(taskId)}'").Single());
            var prepared = files.Count("SELECT Prepared FROM SendTasks WHERE Id = @task", task);
            Assert.InRange(prepared, 1, RecipientCount - 1);
            // What was written is exactly what the task counts as prepared (each batch commits with its count); nothing was sent.
            Assert.Equal(prepared, files.Count("SELECT COUNT(*) FROM Recipients WHERE TaskId = @task", task));
            Assert.Equal(prepared, files.Count("SELECT COUNT(*) FROM ShortLinks WHERE TaskId = @task", task));
            Assert.Equal(0, files.Count("SELECT COUNT(*) FROM SendTaskLanes WHERE TaskId = @task", task));
            Assert.Equal(0, files.Count("SELECT COUNT(*) FROM Recipients WHERE TaskId = @task AND State <> 'Pending'", task));
            Assert.Equal(0, files.Count("SELECT COUNT(*) FROM SendTasks WHERE Status = 'Preparing' OR PreparationOwner IS NOT NULL"));
            Assert.Equal(0, files.Count("SELECT COUNT(*) FROM Recipients r WHERE NOT EXISTS (SELECT 1 FROM SendTasks t WHERE t.Id = r.TaskId)"));
            Assert.Equal(0, files.Count("SELECT COUNT(*) FROM ShortLinks l WHERE NOT EXISTS (SELECT 1 FROM SendTasks t WHERE t.Id = l.TaskId)"));
        }
        finally
        {
            PlatformHost.TryDelete(storage);
        }
    }

    /// <summary>Polls the task (bounded) until <paramref name="when"/>, checks it is still mid-dispatch, then kill -9.</summary>
    private async Task KillWhenAsync(PlatformProcess process, string key, string taskId, Func<JsonElement, bool> when, Stopwatch clock)
    {
        var seen = await SendTaskScenario.WaitForAsync(process.As(key), taskId, when, Generous);
        await process.KillAsync();
        output.WriteLine($"{clock.Elapsed}: killed at {seen}");
        Assert.Equal("SENDING", seen.GetProperty("status").GetString());
        Assert.True(SendTaskScenario.Progress(seen, "sent") < RecipientCount, "The dispatch finished before the kill.");
    }

    /// <summary>A number-file upload whose body stops half-way through the file.</summary>
    private static InterruptedContent CutUpload(byte[] numbers)
    {
        using var full = GraphQLUploads.Build(GraphQLUploads.UploadMutation, new { file = (object?)null, purpose = "NUMBER_FILE" },
            new Dictionary<string, string> { ["0"] = "variables.file" }, [("0", numbers, "numbers.csv")]);
        var body = full.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        return new InterruptedContent(body, body.Length / 2, full.Headers.ContentType);
    }

    /// <summary>Sends a request that is expected to break (aborted body, killed server); only its end matters.</summary>
    private static async Task SendIgnoringFailureAsync(HttpClient http, HttpContent content)
    {
        using (http)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
            request.Headers.Add("GraphQL-Preflight", "1");
            try
            {
                using var response = await http.SendAsync(request);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException)
            {
            }
        }
    }

    private static bool Spooled(string folder) => Directory.EnumerateFiles(folder, "koomessage-upload-*").Any();

    /// <summary>Every blob has its file row and every row its blob; no partial write is left.</summary>
    private static void AssertBlobsMatchRows(PlatformStorage storage)
        => Assert.Equal(storage.Strings("SELECT BlobKey FROM Files").Order(StringComparer.Ordinal), storage.BlobKeys());

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Generous;
        for (var attempt = 0; !condition(); attempt++)
        {
            if (DateTime.UtcNow > deadline || attempt > 10_000)
                Assert.Fail($"Timed out waiting for {what}.");
            await Task.Delay(20);
        }
    }
}
