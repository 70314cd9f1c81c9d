using System.Text.Json;
using KooMessage.Platform.Data;
using KooMessage.Platform.Events;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.SendTasks.Dispatch;
using KooMessage.Platform.Features.SendTasks.Preparation;
using KooMessage.Platform.Tests.Infrastructure;
using KooMessage.Platform.Tests.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tests.SendTasks.Preparation;

/// <summary>
/// A big task is answered PREPARING with its parse counts and written in the background (with progress),
/// then becomes QUEUED whole; a cancel stops its preparation. The instances answer at once
/// (Preparation:ResponseWait 0) and write small batches, so the PREPARING state is seen; the
/// dispatcher is off, so a prepared task stays QUEUED to be counted.
/// </summary>
public sealed class TaskPreparationTests
{
    private const int Rows = 50_000;

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Dispatch:Enabled"] = "false",
        ["Preparation:ResponseWait"] = "00:00:00",
        ["Preparation:BatchSize"] = "1000",
    };

    private const string Selection = "sendTask { id status failureReason numbers { total invalid resolvable unresolvable submitted } progress { prepared skipped } }";

    /// <summary>50,000 rows: one in every 1,000 a duplicate of the row before, one in every 500 garbage.</summary>
    private static byte[] NumberFile()
        => TestFiles.Csv(string.Join('\n', Enumerable.Range(0, Rows).Select(i =>
            i % 500 == 499 ? $"garbage{i},x" : $"{13_100_000_000L + (i % 1000 == 998 ? i - 1 : i)},R{i}")));


    private static async Task<(int Recipients, int Links, SendTask Task, int Lanes)> StoredAsync(PlatformHost host, Guid taskId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var task = await db.Set<SendTask>().IgnoreQueryFilters().AsNoTracking().FirstAsync(t => t.Id == taskId);
        return (await db.Set<Recipient>().IgnoreQueryFilters().CountAsync(r => r.TaskId == taskId),
            await db.Set<ShortLink>().IgnoreQueryFilters().CountAsync(l => l.TaskId == taskId), task,
            await db.Set<SendTaskLane>().CountAsync(l => l.TaskId == taskId));
    }

    [Fact]
    public async Task A_50k_file_is_answered_preparing_with_its_counts_and_becomes_queued_whole_with_progress()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await database.StartHostAsync(Settings);
        var story = await SendTaskScenario.StartAsync(host, "prepare");
        var file = await story.AsTenant.UploadIdAsync(NumberFile(), "numbers.csv", "NUMBER_FILE");

        var preview = (await story.AsTenant.QueryAsync($"{{ previewSendTask(input: {story.Input(fileId: file)}) {{ numbers {{ total invalid resolvable submitted }} }} }}"))
            .GetProperty("previewSendTask").GetProperty("numbers");
        var created = await story.AsTenant.MutateAsync("createSendTask", story.Input(fileId: file), Selection);
        var task = created.GetProperty("sendTask");
        var taskId = task.GetProperty("id").GetString()!;
        Assert.Equal("PREPARING", task.GetProperty("status").GetString());
        // Counted before anything was written, the same as the preview.
        const int duplicates = Rows / 1000, garbage = Rows / 500;
        Assert.Equal(Rows - duplicates, SendTaskScenario.Numbers(task, "total"));
        Assert.Equal(garbage, SendTaskScenario.Numbers(task, "invalid"));
        Assert.Equal(Rows - duplicates - garbage, SendTaskScenario.Numbers(task, "submitted"));
        foreach (var counter in new[] { "total", "invalid", "resolvable", "submitted" })
            Assert.Equal(preview.GetProperty(counter).GetInt32(), SendTaskScenario.Numbers(task, counter));

        // The progress subscription follows the preparation to its end.
        await using var socket = await GraphQLWsTestClient.InitAsync(host, new { apiKey = story.Messaging.Filing.Tenant.Key });
        await socket.SubscribeAsync("progress", "subscription($id: ID!) { sendTaskProgress(taskId: $id) { status progress { prepared } } }", new { id = taskId });
        var seen = new List<JsonElement>();
        for (var i = 0; i < 500 && (seen.Count == 0 || seen[^1].GetProperty("status").GetString() == "PREPARING"); i++)
        {
            var message = await socket.ReceiveAsync(TimeSpan.FromSeconds(120));
            if (message.GetProperty("type").GetString() == "next")
                seen.Add(message.GetProperty("payload").GetProperty("data").GetProperty("sendTaskProgress"));
        }
        var prepared = seen.Select(s => s.GetProperty("progress").GetProperty("prepared").GetInt32()).ToList();
        Assert.Equal(prepared.Order(), prepared);
        Assert.Equal("QUEUED", seen[^1].GetProperty("status").GetString());
        Assert.Equal(Rows - duplicates, prepared[^1]);

        var queued = await story.WaitForAsync(taskId, t => t.GetProperty("status").GetString() == "QUEUED");
        Assert.Equal(Rows - duplicates, SendTaskScenario.Numbers(queued, "total"));
        var stored = await StoredAsync(host, SendTaskScenario.Key(taskId));
        Assert.Equal(Rows - duplicates, stored.Recipients);
        Assert.Equal(Rows - duplicates - garbage, stored.Links);
        Assert.Equal(Rows - duplicates, stored.Task.Prepared);
        Assert.Null(stored.Task.PreparationOwner);
        Assert.Null(stored.Task.PreparationUntil);
    }

    [Fact]
    public async Task A_task_cancelled_while_preparing_gets_no_more_recipients_and_is_never_dispatched()
    {
        // The preparation is held after its first batch (at its progress notice, outside any transaction) until the
        // cancel has committed: on a busy machine it could otherwise finish before the cancel request is read.
        var held = new HeldProgressNotices();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await database.StartHostAsync(new Dictionary<string, string?>(Settings)
        {
            ["Dispatch:Enabled"] = "true",
            ["Preparation:BatchSize"] = "200",
            ["Dispatch:PollInterval"] = "00:00:00.050",
        }, services => services.AddSingleton<IEventBus>(sp => held.Around(sp.GetRequiredService<InMemoryEventBus>())));
        var story = await SendTaskScenario.StartAsync(host, "prepcancel");
        var file = await story.AsTenant.UploadIdAsync(NumberFile(), "numbers.csv", "NUMBER_FILE");
        var taskId = (await story.AsTenant.MutateAsync("createSendTask", story.Input(fileId: file), Selection))
            .GetProperty("sendTask").GetProperty("id").GetString()!;

        var cancelled = (await story.AsTenant.MutateAsync("cancelSendTask", $"{{ id: \"{taskId}\" }}", "sendTask { status progress { prepared } }"))
            .GetProperty("sendTask");
        Assert.Equal("CANCELLED", cancelled.GetProperty("status").GetString());
        held.Release();
        // The preparation stops at its next batch: wait for it (bounded), then nothing more is written.
        await host.Services.GetRequiredService<SendTaskPreparations>().WaitAsync(SendTaskScenario.Key(taskId), TimeSpan.FromMinutes(2), CancellationToken.None);

        var stored = await StoredAsync(host, SendTaskScenario.Key(taskId));
        Assert.Equal(SendTaskStatus.Cancelled, stored.Task.Status);
        Assert.Equal(stored.Task.Prepared, stored.Recipients);
        Assert.True(stored.Task.Prepared >= cancelled.GetProperty("progress").GetProperty("prepared").GetInt32());
        Assert.True(stored.Task.Prepared < stored.Task.Total, $"The preparation finished ({stored.Task.Prepared}) before the cancel stopped it.");
        Assert.Equal(0, stored.Lanes);
        Assert.Equal(0, stored.Task.Sent);
    }
}
