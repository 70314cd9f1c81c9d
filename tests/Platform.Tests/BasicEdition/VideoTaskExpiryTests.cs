using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.SendTasks.Dispatch;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace KooMessage.Platform.Tests.BasicEdition;

/// <summary>A video message without a receipt expires after its task's expiryHours; a smart message keeps Dispatch:ReceiptTimeout (72 h).</summary>
public sealed class VideoTaskExpiryTests
{
    [Fact]
    public async Task Video_recipients_expire_after_the_tasks_expiry_hours_while_smart_ones_wait_for_the_receipt_timeout()
    {
        // Receipts never come within the test: the Sandbox answers after a day.
        await using var host = await PlatformHost.StartAsync(new Dictionary<string, string?>(SendTaskScenario.FastDispatch)
        {
            ["Gateway:SandboxReceiptDelay"] = "1.00:00:00",
        });
        var video = await VideoTaskScenario.StartAsync(host, "vtexpiry");
        var videoTask = await video.CreateAsync(video.Input(extra: "expiryHours: 1"));
        var smart = await SendTaskScenario.StartAsync(host, "smartexpiry");
        var smartTask = await smart.CreateAsync(smart.Input());
        await VideoTaskScenario.WaitForAsync(video.AsTenant, videoTask, t => t.GetProperty("status").GetString() == "SENT");
        await smart.WaitForAsync(smartTask, SendTaskScenario.HandedOver);

        // Two hours pass for both messages: past the video task's hour, well within the smart task's 72.
        Assert.True(GlobalId.TryDecode(videoTask, "VideoTask", out var videoKey));
        Assert.True(GlobalId.TryDecode(smartTask, "SendTask", out var smartKey));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<Recipient>().IgnoreQueryFilters()
                .Where(r => r.TaskId == videoKey || r.TaskId == smartKey)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.SubmittedAt, DateTime.UtcNow.AddHours(-2)));
        }
        var expiry = host.Services.GetServices<IHostedService>().OfType<RecipientExpiryJob>().Single();
        await expiry.ExpireDueAsync(CancellationToken.None);

        var expired = await VideoTaskScenario.WaitForAsync(video.AsTenant, videoTask, t => t.GetProperty("status").GetString() == "COMPLETED_WITH_FAILURES");
        Assert.Equal(1, expired.GetProperty("progress").GetProperty("expired").GetInt32());
        var waiting = await smart.TaskAsync(smartTask);
        Assert.Equal(("SENT", 0), (waiting.GetProperty("status").GetString(), SendTaskScenario.Progress(waiting, "expired")));
    }
}
