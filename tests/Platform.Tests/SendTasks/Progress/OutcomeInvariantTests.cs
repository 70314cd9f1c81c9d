using System.Text;
using System.Text.Json;
using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.SendTasks.Dispatch;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tests.Infrastructure;
using KooMessage.Platform.Tests.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tests.SendTasks;

/// <summary>
/// A task's status, its counters and its recipients' states agree at every moment of a randomized
/// run: the real dispatcher sends through the Sandbox gateway, whose receipts (some FAILED) race the
/// expiry job, while a "late carrier" repeats and contradicts receipts through the real receipt path.
/// The task ends only when every recipient has its outcome, and the live progress ends with it.
/// </summary>
public sealed class OutcomeInvariantTests
{
    private sealed record Snapshot(SendTaskStatus Status, int Submitted, int Sent, int Delivered, int Failed, int Expired, int Skipped, int Invalid,
        int Pending, int InFlight, int RecipientsDelivered, int RecipientsFailed, int FailedAfterAcceptance, int RecipientsExpired,
        int RecipientsInvalid, int RecipientsSkipped);

    [Fact]
    public async Task Status_counters_and_recipient_states_agree_throughout_a_run_with_failures_expiries_and_late_receipts()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var receiptDelay = 200 + random.Next(200);
        await using var host = await PlatformHost.StartAsync(new Dictionary<string, string?>(SendTaskScenario.FastDispatch)
        {
            ["Gateway:SandboxReceiptDelay"] = TimeSpan.FromMilliseconds(receiptDelay).ToString("c"),
            ["Gateway:SandboxFailureRate"] = "0.25",
            ["Dispatch:ReceiptTimeout"] = TimeSpan.FromMilliseconds(receiptDelay + random.Next(-100, 150)).ToString("c"),
            ["Dispatch:BatchSize"] = (3 + random.Next(10)).ToString(),
            ["Dispatch:MessagesPerSecondPerTenant"] = "200",
        });
        var story = await SendTaskScenario.StartAsync(host, "invariant");
        await host.Admin().MutateAsync("addNonCapableRange", """{ prefix: "170", note: "no card support" }""", "range { id }");

        var rows = new StringBuilder("phone,order\n");
        for (var i = 0; i < 150; i++)
        {
            rows.Append(random.Next(10) switch
            {
                0 => $"garbage{i},A{i}",
                1 => $"1701234{i:D4},A{i}",
                2 => $"138{i:D8},bad value!",
                _ => $"138{i:D8},A{i}",
            }).Append('\n');
        }
        var file = await story.AsTenant.UploadIdAsync(TestFiles.Csv(rows.ToString()), "numbers.csv", "NUMBER_FILE");
        var taskId = await story.CreateAsync(story.Input(fileId: file, fallback: "NONE"));
        Assert.True(GlobalId.TryDecode(taskId, "SendTask", out var id));

        await using var socket = await GraphQLWsTestClient.InitAsync(host, new { apiKey = story.Messaging.Filing.Tenant.Key });
        await socket.SubscribeAsync("progress", """
            subscription($id: ID!) { sendTaskProgress(taskId: $id) { status numbers { submitted } progress { sent delivered failed expired } } }
            """, new { id = taskId });

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var lateCarrier = Task.Run(() => LateReceiptsAsync(host, id, new Random(seed + 1), stop.Token));
        var samples = 0;
        Snapshot snapshot;
        do
        {
            snapshot = await SnapshotAsync(host, id);
            AssertConsistent(snapshot, seed);
            samples++;
            await Task.Delay(random.Next(1, 15));
        }
        while (!SendTask.IsTerminalStatus(snapshot.Status) && !stop.IsCancellationRequested && samples < 20_000);
        await stop.CancelAsync();
        await lateCarrier;

        Assert.True(SendTask.IsTerminalStatus(snapshot.Status), $"seed {seed}: the task did not end: {snapshot}");
        Assert.Equal(0, snapshot.Pending + snapshot.InFlight);
        Assert.Equal(snapshot.Submitted, snapshot.Delivered + snapshot.Failed + snapshot.Expired);
        Assert.True(snapshot.Skipped > 0 && snapshot.Invalid > 0, $"seed {seed}: the file should hold invalid and skipped numbers: {snapshot}");

        // Receipts after the end change nothing.
        await LateReceiptsAsync(host, id, new Random(seed + 2), CancellationToken.None, rounds: 20);
        Assert.Equal(snapshot, await SnapshotAsync(host, id));

        // No recipient is left PENDING, and each final state can be asked for.
        var recipients = (await story.AsTenant.QueryAsync($$$"""
            { node(id: "{{{taskId}}}") { ... on SendTask {
                pending: recipients(where: {state: {eq: PENDING}}) { totalCount }
                invalid: recipients(where: {state: {eq: INVALID}}) { totalCount }
                skipped: recipients(where: {state: {eq: SKIPPED}}) { totalCount } } } }
            """)).GetProperty("node");
        Assert.Equal(0, recipients.GetProperty("pending").GetProperty("totalCount").GetInt32());
        Assert.Equal(snapshot.Invalid, recipients.GetProperty("invalid").GetProperty("totalCount").GetInt32());
        Assert.Equal(snapshot.Skipped - snapshot.Invalid, recipients.GetProperty("skipped").GetProperty("totalCount").GetInt32());

        // The live view never shows a final state before every outcome is known, and ends on it.
        JsonElement? last = null;
        for (var i = 0; i < 2_000; i++)
        {
            var message = await socket.ReceiveAsync(TimeSpan.FromSeconds(15));
            if (message.GetProperty("type").GetString() == "complete")
                break;
            var update = message.GetProperty("payload").GetProperty("data").GetProperty("sendTaskProgress");
            var progress = update.GetProperty("progress");
            var resolved = progress.GetProperty("delivered").GetInt32() + progress.GetProperty("failed").GetInt32() + progress.GetProperty("expired").GetInt32();
            var final = update.GetProperty("status").GetString() is "COMPLETED" or "COMPLETED_WITH_FAILURES" or "FAILED";
            Assert.True(final == (resolved == update.GetProperty("numbers").GetProperty("submitted").GetInt32()), $"seed {seed}: {update}");
            last = update;
        }
        Assert.NotNull(last);
        Assert.Equal(EnumName(snapshot.Status), last.Value.GetProperty("status").GetString());
    }

    private static string EnumName(SendTaskStatus status) => KooMessage.Platform.Domain.EnumNames.Of(status);

    private static void AssertConsistent(Snapshot s, int seed)
    {
        var context = $"seed {seed}: {s}";
        Assert.True(s.Delivered == s.RecipientsDelivered && s.Failed == s.RecipientsFailed && s.Expired == s.RecipientsExpired, context);
        Assert.True(s.Invalid == s.RecipientsInvalid && s.Skipped == s.RecipientsInvalid + s.RecipientsSkipped, context);
        Assert.True(s.Submitted == s.Pending + s.InFlight + s.RecipientsDelivered + s.RecipientsFailed + s.RecipientsExpired, context);
        Assert.True(s.Sent == s.InFlight + s.RecipientsDelivered + s.RecipientsExpired + s.FailedAfterAcceptance, context);
        var outstanding = s.Pending + s.InFlight;
        switch (s.Status)
        {
            case SendTaskStatus.Queued:
                Assert.True(s.Sent == 0 && s.Pending == s.Submitted, context);
                break;
            case SendTaskStatus.Sending:
                Assert.True(outstanding > 0, context);
                break;
            case SendTaskStatus.Sent:
                Assert.True(s.Pending == 0 && s.InFlight > 0, context);
                break;
            case SendTaskStatus.Completed:
                Assert.True(outstanding == 0 && s.Failed + s.Expired == 0, context);
                break;
            case SendTaskStatus.CompletedWithFailures:
                Assert.True(outstanding == 0 && s.Failed + s.Expired > 0 && s.Sent > 0, context);
                break;
            case SendTaskStatus.Failed:
                Assert.True(outstanding == 0 && s.Sent == 0, context);
                break;
            default:
                Assert.Fail($"unexpected status: {context}");
                break;
        }
    }

    /// <summary>The task and its recipients' counts in one SELECT: one consistent snapshot, whatever the writers do meanwhile.</summary>
    private static async Task<Snapshot> SnapshotAsync(PlatformHost host, Guid id)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var recipients = db.Set<Recipient>().IgnoreQueryFilters().Where(r => r.TaskId == id);
        return await db.Set<SendTask>().IgnoreQueryFilters().Where(t => t.Id == id).Select(t => new Snapshot(
            t.Status, t.Submitted, t.Sent, t.Delivered, t.Failed, t.Expired, t.Skipped, t.Invalid,
            recipients.Count(r => r.State == RecipientState.Pending),
            recipients.Count(r => r.State == RecipientState.Submitted),
            recipients.Count(r => r.State == RecipientState.Delivered),
            recipients.Count(r => r.State == RecipientState.Failed),
            recipients.Count(r => r.State == RecipientState.Failed && r.SubmittedAt != null),
            recipients.Count(r => r.State == RecipientState.Expired),
            recipients.Count(r => r.State == RecipientState.Invalid),
            recipients.Count(r => r.State == RecipientState.Skipped))).SingleAsync();
    }

    /// <summary>A carrier that repeats and contradicts receipts for messages already sent, answered or expired.</summary>
    private static async Task LateReceiptsAsync(PlatformHost host, Guid id, Random random, CancellationToken cancellationToken, int rounds = 10_000)
    {
        for (var round = 0; round < rounds && !cancellationToken.IsCancellationRequested; round++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
            var answered = await db.Set<Recipient>().IgnoreQueryFilters()
                .Where(r => r.TaskId == id && r.SubmittedAt != null)
                .Select(r => r.Id).ToListAsync(CancellationToken.None);
            if (answered.Count > 0)
            {
                var receipts = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => new Receipt(answered[random.Next(answered.Count)].ToString("N"),
                    random.Next(2) == 0 ? RecipientState.Delivered : RecipientState.Failed, "LATE", DateTime.UtcNow)).ToList();
                await scope.ServiceProvider.GetRequiredService<ReceiptProcessor>().ApplyAsync(receipts, CancellationToken.None);
            }
            try
            {
                await Task.Delay(random.Next(5, 40), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
