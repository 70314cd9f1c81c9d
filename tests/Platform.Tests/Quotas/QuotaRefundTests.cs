using System.Text.Json;
using KooMessage.Platform.Data;
using KooMessage.Platform.Events;
using KooMessage.Platform.Features.Quotas;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.SendTasks.Dispatch;
using KooMessage.Platform.Features.SendTasks.Preparation;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using static KooMessage.Platform.Tests.Quotas.QuotaTests;

namespace KooMessage.Platform.Tests.Quotas;

/// <summary>
/// Every way units come back to a tenant's packages, through the real API on SQLite, each checked in the
/// <c>balances</c> query and the <c>usage</c> ledger: numbers that are never sent are never reserved, what
/// the gateway refuses or gives up is released when the task ends, a task cancelled while still PREPARING
/// gets its whole reservation back at once, messages that expire undelivered are refunded, and a package
/// past its valid-to stops counting while the reservations already made against it are honoured.
/// </summary>
public sealed class QuotaRefundTests
{
    private sealed record Entry(string Kind, int Quantity, string PackageId, string? TaskId);

    private sealed record Package(int Quantity, int Reserved, int Consumed, int Remaining);

    private static async Task<List<Entry>> UsageAsync(GraphQLClient client, string? taskId = null)
        => (await client.QueryAsync("{ usage(first: 100) { nodes { kind quantity packageId taskId } } }")).GetProperty("usage").GetProperty("nodes")
            .EnumerateArray()
            .Select(e => new Entry(e.GetProperty("kind").GetString()!, e.GetProperty("quantity").GetInt32(), e.GetProperty("packageId").GetString()!,
                e.GetProperty("taskId").GetString()))
            .Where(e => taskId is null || e.TaskId == taskId)
            .ToList();

    /// <summary>Units per ledger kind (kinds absent from the ledger are 0).</summary>
    private static int Sum(IEnumerable<Entry> entries, string kind) => entries.Where(e => e.Kind == kind).Sum(e => e.Quantity);

    private static async Task<Dictionary<string, Package>> PackagesAsync(GraphQLClient client)
        => (await client.QueryAsync("{ quotaPackages(first: 100) { nodes { id quantity reserved consumed remaining } } }")).GetProperty("quotaPackages")
            .GetProperty("nodes").EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => new Package(p.GetProperty("quantity").GetInt32(), p.GetProperty("reserved").GetInt32(),
                p.GetProperty("consumed").GetInt32(), p.GetProperty("remaining").GetInt32()));

    /// <summary>The SMART_MESSAGE balance as (granted, reserved, consumed, remaining).</summary>
    private static async Task<(long Granted, long Reserved, long Consumed, long Remaining)> SmartBalanceAsync(GraphQLClient client)
    {
        var balance = await BalanceAsync(client, "SMART_MESSAGE");
        return (Value(balance, "granted"), Value(balance, "reserved"), Value(balance, "consumed"), Value(balance, "remaining"));
    }

    private static async Task<string> GrantSmartAsync(PlatformHost host, SendTaskScenario story, int quantity, DateTime? validTo = null)
    {
        var payload = await GrantAsync(host.Admin(), story.Messaging.Filing.Tenant.Id, "SMART_MESSAGE", quantity,
            validTo: (validTo ?? new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc)).ToString("O"));
        payload.AssertNoErrors();
        return payload.GetProperty("package").GetProperty("id").GetString()!;
    }


    private static string[] Numbers(int from, int count) => Enumerable.Range(from, count).Select(i => $"1380013{i:D4},A{i}").ToArray();

    [Fact]
    public async Task Invalid_duplicate_and_skipped_numbers_are_never_reserved_and_only_the_sent_ones_are_consumed()
    {
        await using var host = await PlatformHost.StartAsync(Enforced);
        var story = await SendTaskScenario.StartAsync(host, "quotaskip");
        await host.Admin().MutateAsync("addNonCapableRange", """{ prefix: "170", note: "no card support" }""", "range { id }");
        await GrantSmartAsync(host, story, 10);

        // Two card-capable numbers (one of them twice), one that is not capable and has no fallback (SKIPPED), one that is no number.
        var file = await story.AsTenant.UploadIdAsync(TestFiles.Csv("""
            phone,order
            13800138000,A1
            13800138000,A1
            13900139000,B2
            17012345678,C3
            garbage,x
            """), "numbers.csv", "NUMBER_FILE");
        var created = await story.AsTenant.MutateAsync("createSendTask", story.Input("跳过不扣", fileId: file, fallback: "NONE"),
            "sendTask { id } numbers { total invalid resolvable unresolvable submitted }");
        var numbers = created.GetProperty("numbers");
        Assert.Equal((4, 1, 2, 1, 2), (numbers.GetProperty("total").GetInt32(), numbers.GetProperty("invalid").GetInt32(),
            numbers.GetProperty("resolvable").GetInt32(), numbers.GetProperty("unresolvable").GetInt32(), numbers.GetProperty("submitted").GetInt32()));
        var taskId = created.GetProperty("sendTask").GetProperty("id").GetString()!;

        // Only the two submitted recipients were reserved: nothing for the duplicate, the invalid row or the skipped number.
        Assert.Equal(2, Sum(await UsageAsync(story.AsTenant, taskId), "RESERVATION"));

        var done = await story.WaitForAsync(taskId, t => SendTaskScenario.Finished(t) && SendTaskScenario.Progress(t, "delivered") == 2);
        // "skipped" counts every number not sent: the invalid row and the one without a card or a fallback.
        Assert.Equal(2, SendTaskScenario.Progress(done, "skipped"));
        Assert.Equal((10L, 0L, 2L, 8L), await SmartBalanceAsync(story.AsTenant));
        var usage = await UsageAsync(story.AsTenant, taskId);
        Assert.Equal((2, 2, 0), (Sum(usage, "RESERVATION"), Sum(usage, "CONSUMPTION"), Sum(usage, "REFUND")));
    }

    [Fact]
    public async Task Messages_the_gateway_refuses_or_gives_up_are_released_when_their_task_ends_and_accepted_ones_are_consumed()
    {
        await using var bridge = await CarrierBridge.StartAsync();
        await using var host = await PlatformHost.StartAsync(bridge.Settings(Enforced));
        var story = await SendTaskScenario.StartAsync(host, "quotarefuse");
        await GrantSmartAsync(host, story, 10);

        // The bridge refuses every batch (422): the messages fail at once (WEBHOOK_422), nothing is charged.
        bridge.FailWith = 422;
        var refused = await story.CreateAsync(story.Input("拒收", numbers: Numbers(0, 3)));
        var failed = await story.WaitForAsync(refused, SendTaskScenario.Finished);
        Assert.Equal(("FAILED", 3), (failed.GetProperty("status").GetString(), SendTaskScenario.Progress(failed, "failed")));
        Assert.Equal((10L, 0L, 0L, 10L), await SmartBalanceAsync(story.AsTenant));
        var usage = await UsageAsync(story.AsTenant, refused);
        Assert.Equal((3, 0, 3), (Sum(usage, "RESERVATION"), Sum(usage, "CONSUMPTION"), Sum(usage, "REFUND")));

        // The bridge is down (503) and the only attempt is used up: the messages are given up (GATEWAY_UNAVAILABLE), nothing is charged.
        bridge.FailWith = 503;
        var givenUp = await story.CreateAsync(story.Input("放弃", numbers: Numbers(10, 2)));
        failed = await story.WaitForAsync(givenUp, SendTaskScenario.Finished);
        Assert.Equal(("FAILED", 2), (failed.GetProperty("status").GetString(), SendTaskScenario.Progress(failed, "failed")));
        Assert.Equal((10L, 0L, 0L, 10L), await SmartBalanceAsync(story.AsTenant));
        usage = await UsageAsync(story.AsTenant, givenUp);
        Assert.Equal((2, 0, 2), (Sum(usage, "RESERVATION"), Sum(usage, "CONSUMPTION"), Sum(usage, "REFUND")));

        // The bridge takes the next task: its messages consume what it reserved (no receipt comes back, so it stays SENT).
        bridge.FailWith = 0;
        var accepted = await story.CreateAsync(story.Input("接收", numbers: Numbers(20, 2)));
        await story.WaitForAsync(accepted, SendTaskScenario.HandedOver);
        Assert.Equal((10L, 0L, 2L, 8L), await SmartBalanceAsync(story.AsTenant));
        usage = await UsageAsync(story.AsTenant, accepted);
        Assert.Equal((2, 2, 0), (Sum(usage, "RESERVATION"), Sum(usage, "CONSUMPTION"), Sum(usage, "REFUND")));
    }

    [Fact]
    public async Task A_task_cancelled_while_preparing_gets_its_whole_reservation_back_at_once_and_its_preparation_takes_nothing_more()
    {
        // The preparation is held at its first batch's progress notice, so the task is still PREPARING and its preparation running.
        var held = new HeldProgressNotices();
        await using var host = await PlatformHost.StartAsync(new Dictionary<string, string?>(Enforced)
        {
            ["Dispatch:Enabled"] = "false",
            ["Preparation:ResponseWait"] = "00:00:00",
            ["Preparation:BatchSize"] = "200",
        }, services => services.AddSingleton<IEventBus>(sp => held.Around(sp.GetRequiredService<InMemoryEventBus>())));
        var story = await SendTaskScenario.StartAsync(host, "quotaprep");
        await GrantSmartAsync(host, story, 5000);
        const int rows = 2000;
        var file = await story.AsTenant.UploadIdAsync(TestFiles.Csv("phone,order\n" + string.Join('\n', Enumerable.Range(0, rows).Select(i => $"{13_100_000_000L + i},R{i}"))),
            "numbers.csv", "NUMBER_FILE");

        var task = (await story.AsTenant.MutateAsync("createSendTask", story.Input("准备中取消", fileId: file), "sendTask { id status }")).GetProperty("sendTask");
        var taskId = task.GetProperty("id").GetString()!;
        Assert.Equal("PREPARING", task.GetProperty("status").GetString());
        Assert.Equal((5000L, (long)rows, 0L, 5000L - rows), await SmartBalanceAsync(story.AsTenant));

        var cancelled = await story.AsTenant.MutateAsync("cancelSendTask", $"{{ id: \"{taskId}\" }}", "sendTask { status }");
        Assert.Equal("CANCELLED", cancelled.GetProperty("sendTask").GetProperty("status").GetString());
        // Released by the cancel itself, while the preparation is still held mid-way.
        Assert.Equal((5000L, 0L, 0L, 5000L), await SmartBalanceAsync(story.AsTenant));
        var usage = await UsageAsync(story.AsTenant, taskId);
        Assert.Equal((rows, 0, rows), (Sum(usage, "RESERVATION"), Sum(usage, "CONSUMPTION"), Sum(usage, "REFUND")));

        // The preparation goes on to its next batch, finds the task cancelled and stops: nothing is reserved, released or written again.
        held.Release();
        await host.Services.GetRequiredService<SendTaskPreparations>().WaitAsync(SendTaskScenario.Key(taskId), TimeSpan.FromMinutes(2), CancellationToken.None);
        Assert.Equal((5000L, 0L, 0L, 5000L), await SmartBalanceAsync(story.AsTenant));
        Assert.Equal(usage.Count, (await UsageAsync(story.AsTenant, taskId)).Count);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var stored = await db.Set<SendTask>().IgnoreQueryFilters().AsNoTracking().FirstAsync(t => t.Id == SendTaskScenario.Key(taskId));
        Assert.Equal(SendTaskStatus.Cancelled, stored.Status);
        Assert.True(stored.Prepared < rows, $"The preparation finished ({stored.Prepared}) before the cancel stopped it.");
        var holds = await db.Set<QuotaHold>().IgnoreQueryFilters().AsNoTracking().Where(h => h.TaskId == SendTaskScenario.Key(taskId)).ToListAsync();
        Assert.All(holds, h => Assert.Equal((h.Reserved, 0), (h.Released, h.Consumed)));
        Assert.Equal(rows, holds.Sum(h => h.Reserved));
    }

    [Fact]
    public async Task Messages_that_expire_without_a_receipt_are_refunded_once_and_the_task_end_releases_nothing_twice()
    {
        // No receipt comes within the test (the Sandbox answers after a day): messages only end by expiring.
        await using var host = await PlatformHost.StartAsync(new Dictionary<string, string?>(Enforced) { ["Gateway:SandboxReceiptDelay"] = "1.00:00:00" });
        var story = await SendTaskScenario.StartAsync(host, "quotaexpire");
        var package = await GrantSmartAsync(host, story, 10);
        var taskId = await story.CreateAsync(story.Input("过期退还", numbers: Numbers(0, 3)));
        await story.WaitForAsync(taskId, SendTaskScenario.HandedOver);
        Assert.Equal((10L, 0L, 3L, 7L), await SmartBalanceAsync(story.AsTenant));

        // One message passes Dispatch:ReceiptTimeout (72 h) unanswered: EXPIRED, and its unit comes back.
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var recipients = db.Set<Recipient>().IgnoreQueryFilters().Where(r => r.TaskId == SendTaskScenario.Key(taskId));
        var first = await recipients.OrderBy(r => r.Sequence).Select(r => r.Id).FirstAsync();
        await recipients.Where(r => r.Id == first).ExecuteUpdateAsync(s => s.SetProperty(r => r.SubmittedAt, DateTime.UtcNow.AddHours(-73)));
        var expiry = host.Services.GetServices<IHostedService>().OfType<RecipientExpiryJob>().Single();
        await expiry.ExpireDueAsync(CancellationToken.None);
        var partly = await story.WaitForAsync(taskId, t => SendTaskScenario.Progress(t, "expired") == 1);
        Assert.Equal("SENT", partly.GetProperty("status").GetString());
        Assert.Equal((10L, 0L, 2L, 8L), await SmartBalanceAsync(story.AsTenant));

        // The other two expire too: the last outcome ends the task, whose release must not give the refunded units back a second time.
        await recipients.ExecuteUpdateAsync(s => s.SetProperty(r => r.SubmittedAt, DateTime.UtcNow.AddHours(-73)));
        await expiry.ExpireDueAsync(CancellationToken.None);
        var ended = await story.WaitForAsync(taskId, SendTaskScenario.Finished);
        Assert.Equal(("COMPLETED_WITH_FAILURES", 3), (ended.GetProperty("status").GetString(), SendTaskScenario.Progress(ended, "expired")));
        Assert.Equal((10L, 0L, 0L, 10L), await SmartBalanceAsync(story.AsTenant));
        Assert.Equal(new Package(10, 0, 0, 10), (await PackagesAsync(story.AsTenant))[package]);
        var usage = await UsageAsync(story.AsTenant, taskId);
        Assert.Equal((3, 3, 3), (Sum(usage, "RESERVATION"), Sum(usage, "CONSUMPTION"), Sum(usage, "REFUND")));
    }

    [Fact]
    public async Task A_package_past_its_valid_to_stops_counting_and_a_reservation_made_against_it_is_still_honoured()
    {
        var clock = new MovableClock();
        await using var host = await PlatformHost.StartAsync(Enforced, services => services.AddSingleton<TimeProvider>(clock));
        var story = await SendTaskScenario.StartAsync(host, "quotavalid");
        var now = clock.GetUtcNow().UtcDateTime;
        var expiring = await GrantSmartAsync(host, story, 5, validTo: now.AddHours(1));
        var lasting = await GrantSmartAsync(host, story, 5, validTo: now.AddDays(30));

        // A task scheduled in ten minutes reserves 3 from the package that expires first.
        var scheduled = await story.CreateAsync(story.Input("到期前预留", numbers: Numbers(0, 3))
            .Replace("sendMode: IMMEDIATE", $"sendMode: SCHEDULED, scheduledAt: \"{now.AddMinutes(10):O}\""));
        await story.WaitForAsync(scheduled, t => t.GetProperty("status").GetString() == "SCHEDULED");
        Assert.Equal((10L, 3L, 0L, 7L), await SmartBalanceAsync(story.AsTenant));
        Assert.Equal(new Package(5, 3, 0, 2), (await PackagesAsync(story.AsTenant))[expiring]);

        // Two hours later the first package is past its valid-to: it no longer counts in the balance, with its hold,
        // and its 2 unreserved units can no longer be reserved.
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal((5L, 0L, 0L, 5L), await SmartBalanceAsync(story.AsTenant));
        var refused = await story.AsTenant.TryMutateAsync("createSendTask", story.Input("超出", numbers: Numbers(10, 6)), "sendTask { id }", LimitSelection);
        Assert.Equal("LimitExceededError", refused.ErrorType());
        Assert.Equal((5, 6), (refused.Error().GetProperty("remaining").GetInt32(), refused.Error().GetProperty("needed").GetInt32()));

        // The task reserved before the expiry is sent now, and consumes its reservation from the expired package as
        // QuotaHold says (a hold is the task's, whatever happens to its package later): the lasting one is untouched.
        await story.WaitForAsync(scheduled, t => SendTaskScenario.Finished(t) && SendTaskScenario.Progress(t, "delivered") == 3);
        var packages = await PackagesAsync(story.AsTenant);
        Assert.Equal((3, 0), (packages[expiring].Consumed, packages[expiring].Reserved));
        Assert.Equal(new Package(5, 0, 0, 5), packages[lasting]);
        Assert.Equal((5L, 0L, 0L, 5L), await SmartBalanceAsync(story.AsTenant));
        var consumed = (await UsageAsync(story.AsTenant, scheduled)).Where(e => e.Kind == "CONSUMPTION").ToList();
        Assert.Equal(3, consumed.Sum(e => e.Quantity));
        Assert.All(consumed, e => Assert.Equal(expiring, e.PackageId));
    }
}
