using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tests.SendTasks;

/// <summary>
/// Suspending a tenant pauses its sending: the running task stops at its next batch and sends nothing more
/// while another tenant's tasks go out, a queued one does not start, and both go on once the tenant is resumed.
/// The tenant's rate (20 a second, batches of 10) keeps its big task sending long enough to be suspended midway;
/// "nothing more" is checked after other tenants' tasks, created after the suspension, were handed over:
/// the dispatcher polled and leased since, so a paused task that still sent would have sent by then.
/// </summary>
public sealed class SuspendedTenantDispatchTests
{
    private const int Recipients = 400;
    private const int BatchSize = 10;
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_suspended_tenants_tasks_send_nothing_more_until_it_is_resumed_while_other_tenants_send()
    {
        await using var host = await PlatformHost.StartAsync(new Dictionary<string, string?>(SendTaskScenario.FastDispatch)
        {
            ["Dispatch:BatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Dispatch:MessagesPerSecondPerTenant"] = "20",
            // A lane stopped by the suspension is taken again once its lease has run out.
            ["Dispatch:LeaseDuration"] = "00:00:02",
        });
        var suspended = await SendTaskScenario.StartAsync(host, "paused");
        var other = await SendTaskScenario.StartAsync(host, "unpaused");
        var file = await suspended.AsTenant.UploadIdAsync(
            TestFiles.Csv(string.Join('\n', Enumerable.Range(0, Recipients).Select(i => $"{13_100_000_000L + i},R{i}"))), "numbers.csv", "NUMBER_FILE");
        var running = await suspended.CreateAsync(suspended.Input(fileId: file));
        var later = DateTime.UtcNow.AddMinutes(10).ToString("yyyy-MM-ddTHH:mm:ssZ");
        var queued = await suspended.CreateAsync(suspended.Input(name: "定时", numbers: ["13800138000,A1"])
            .Replace("sendMode: IMMEDIATE", $"sendMode: SCHEDULED, scheduledAt: \"{later}\""));
        await suspended.WaitForAsync(running, t => SendTaskScenario.Progress(t, "sent") >= BatchSize, Generous);

        var tenantId = suspended.Messaging.Filing.Tenant.Id;
        (await host.Admin().MutateAsync("suspendTenant", $"{{ id: \"{tenantId}\", reason: \"欠费暂停\" }}", "tenant { status }")).AssertNoErrors();
        var atSuspension = await SentAsync(host, running);
        // The scheduled task's time comes while the tenant is suspended.
        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<SendTask>().IgnoreQueryFilters()
                .Where(t => t.Id == SendTaskScenario.Key(queued)).ExecuteUpdateAsync(s => s.SetProperty(t => t.ScheduledAt, DateTime.UtcNow));

        // Other tenants' tasks created after the suspension go out, twice over; the paused task sent at most the batch in flight.
        for (var round = 0; round < 2; round++)
        {
            var elsewhere = await other.CreateAsync(other.Input(name: $"照常{round}", numbers: ["13800138001,B1", "13800138002,B2"]));
            await other.WaitForAsync(elsewhere, SendTaskScenario.HandedOver, Generous);
        }
        var paused = await SentAsync(host, running);
        Assert.InRange(paused, atSuspension, atSuspension + BatchSize);
        Assert.True(paused < Recipients, $"The task finished ({paused}) before the suspension could pause it.");
        var elsewhereAgain = await other.CreateAsync(other.Input(name: "照常2", numbers: ["13800138003,B3"]));
        await other.WaitForAsync(elsewhereAgain, SendTaskScenario.HandedOver, Generous);
        Assert.Equal(paused, await SentAsync(host, running));
        Assert.Equal(0, await SentAsync(host, queued));
        Assert.Equal(SendTaskStatus.Queued, await StoredAsync(host, queued, t => t.Status));

        // Resumed, both go on: the running task from where it stopped, the queued one from the start.
        (await host.Admin().MutateAsync("resumeTenant", $"{{ id: \"{tenantId}\" }}", "tenant { status }")).AssertNoErrors();
        await suspended.WaitForAsync(running, t => SendTaskScenario.Progress(t, "sent") == Recipients, Generous);
        await suspended.WaitForAsync(queued, SendTaskScenario.HandedOver, Generous);
    }

    private static Task<int> SentAsync(PlatformHost host, string taskId) => StoredAsync(host, taskId, t => t.Sent);

    /// <summary>Read from the database: the suspended tenant's key cannot read its tasks.</summary>
    private static async Task<T> StoredAsync<T>(PlatformHost host, string taskId, System.Linq.Expressions.Expression<Func<SendTask, T>> value)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<SendTask>().IgnoreQueryFilters()
            .Where(t => t.Id == SendTaskScenario.Key(taskId)).Select(value).SingleAsync();
    }
}
