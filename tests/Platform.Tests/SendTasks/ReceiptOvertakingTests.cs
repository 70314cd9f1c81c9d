using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.SendTasks.Dispatch;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tests.SendTasks;

/// <summary>
/// A receipt that arrives before the dispatcher recorded the hand-over (found by the kill -9 test: the
/// process died between the gateway's acceptance and that record) is applied, not dropped.
/// </summary>
public sealed class ReceiptOvertakingTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_receipt_for_a_recipient_still_pending_counts_it_as_sent_and_answered_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await database.StartHostAsync(PlatformHost.WithoutBackgroundWork);
        var story = await SendTaskScenario.StartAsync(host, "overtaken");
        var taskId = await story.CreateAsync(story.Input(numbers: ["13800138000,A1", "13800138001,A2"]));
        Assert.True(GlobalId.TryDecode(taskId, "SendTask", out var id));

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var first = await db.Set<Recipient>().IgnoreQueryFilters().Where(r => r.TaskId == id).OrderBy(r => r.Sequence).FirstAsync();
        var receipt = new Receipt(first.MessageId, RecipientState.Delivered, null, DateTime.UtcNow);
        var processor = scope.ServiceProvider.GetRequiredService<ReceiptProcessor>();

        Assert.Equal(1, await processor.ApplyAsync([receipt], CancellationToken.None));
        Assert.Equal(0, await processor.ApplyAsync([receipt], CancellationToken.None));

        var recipient = await db.Set<Recipient>().IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == first.Id);
        Assert.Equal(RecipientState.Delivered, recipient.State);
        Assert.NotNull(recipient.SubmittedAt);
        var task = await SendTaskScenario.TaskAsync(story.AsTenant, taskId);
        Assert.Equal(1, SendTaskScenario.Progress(task, "sent"));
        Assert.Equal(1, SendTaskScenario.Progress(task, "delivered"));
    }
}
