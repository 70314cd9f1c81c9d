using System.Text.Json;
using KooMessage.Platform.Data;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.SendTasks.Dispatch;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tests.Messaging;

/// <summary>
/// What docs/callbacks.md says of a suspended tenant: its keys stop working, but its apps' callback events
/// are neither lost nor held back — one already pending when it was suspended and one that arises while it is
/// suspended are both delivered, and the log shows them once the tenant is resumed.
/// </summary>
public sealed class SuspendedTenantCallbackTests
{
    [Fact]
    public async Task A_suspended_tenants_pending_and_new_receipt_callbacks_are_delivered_and_logged()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var healthy = 0;
        receiver.Answer = _ => Volatile.Read(ref healthy) == 1 ? 200 : 503;
        // Receipts come only when the test applies them (the Sandbox would answer after a day); retries every 100–200 ms, never given up here.
        await using var host = await PlatformHost.StartAsync(new Dictionary<string, string?>(FastCallbacksFixture.Settings())
        {
            ["Gateway:SandboxReceiptDelay"] = "1.00:00:00",
            ["Callbacks:MaxAttempts"] = "100000",
        });
        var story = await SendTaskScenario.StartAsync(host, "cb-suspended");
        await CallbackDeliveryTests.SetCallbackAsync(story.AsTenant, story.App, receiver.Url);
        var taskId = await story.CreateAsync(story.Input(numbers: ["13800138000,A1", "13800138001,A2"]));
        await story.WaitForAsync(taskId, SendTaskScenario.HandedOver);
        Assert.True(GlobalId.TryDecode(taskId, "SendTask", out var taskKey));
        Assert.True(GlobalId.TryDecode(story.App, "SmsApp", out var appKey));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var messages = await db.Set<Recipient>().IgnoreQueryFilters().Where(r => r.TaskId == taskKey).OrderBy(r => r.Sequence)
            .Select(r => r.Id.ToString("N")).ToListAsync();

        // The first receipt's event is pending when the tenant is suspended: the receiver is down, and it has been tried already.
        await ApplyAsync(host, new Receipt(messages[0], RecipientState.Delivered, null, DateTime.UtcNow));
        await Eventually.TrueAsync(() => receiver.Requests.Count >= 1, "the first event's first (refused) attempt");
        var tenantId = story.Messaging.Filing.Tenant.Id;
        (await host.Admin().MutateAsync("suspendTenant", $"{{ id: \"{tenantId}\", reason: \"欠费暂停\" }}", "tenant { status }")).AssertNoErrors();
        Assert.Equal("TENANT_SUSPENDED", (await story.AsTenant.PostAsync("{ sendTasks { totalCount } }")).FirstErrorCode);

        // Another receipt arrives while the tenant is suspended: applied, and its event written like any other.
        await ApplyAsync(host, new Receipt(messages[1], RecipientState.Failed, "UNREACHABLE", DateTime.UtcNow));
        Interlocked.Exchange(ref healthy, 1);
        var deliveries = db.Set<CallbackDelivery>().IgnoreQueryFilters().AsNoTracking().Where(d => d.AppId == appKey);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (await deliveries.CountAsync(d => d.Status == CallbackDeliveryStatus.Delivered) < 2)
        {
            Assert.True(DateTime.UtcNow < deadline, "Both events were not delivered while the tenant was suspended: "
                + string.Join(", ", await deliveries.Select(d => $"{d.Status} after {d.Attempts}").ToListAsync()));
            await Task.Delay(50);
        }
        Assert.Equal(2, await deliveries.CountAsync());

        // Delivered while the tenant was still suspended: both receipts reached the receiver.
        Assert.True(GlobalId.TryDecode(tenantId, "Tenant", out var tenantKey));
        Assert.Equal(TenantStatus.Suspended, await db.Set<Tenant>().AsNoTracking().Where(t => t.Id == tenantKey).Select(t => t.Status).SingleAsync());
        var posted = receiver.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement)
            .Where(b => b.GetProperty("type").GetString() == "delivery.receipts")
            .SelectMany(b => b.GetProperty("data").GetProperty("receipts").EnumerateArray())
            .Select(r => (Phone: r.GetProperty("phone").GetString()![^11..], Status: r.GetProperty("status").GetString()))
            .Distinct().OrderBy(r => r.Phone).ToList();
        Assert.Equal([("13800138000", "DELIVERED"), ("13800138001", "FAILED")], posted);

        // Resumed, the tenant reads both in its log: the one pending at the suspension after its refused attempts.
        (await host.Admin().MutateAsync("resumeTenant", $"{{ id: \"{tenantId}\" }}", "tenant { status }")).AssertNoErrors();
        var log = (await CallbackDeliveryTests.LogAsync(story.AsTenant, story.App)).GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(2, log.Count);
        Assert.All(log, e => Assert.Equal(("DELIVERY_RECEIPTS", "DELIVERED"), (e.GetProperty("eventType").GetString(), e.GetProperty("status").GetString())));
        Assert.Contains(log, e => e.GetProperty("attempts").GetInt32() >= 2);
    }

    private static async Task ApplyAsync(PlatformHost host, Receipt receipt)
    {
        await using var scope = host.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ReceiptProcessor>().ApplyAsync([receipt], CancellationToken.None));
    }
}
