using System.Net;
using System.Text;
using System.Text.Json;
using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.SendTasks.Gateways;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tests.Infrastructure;
using KooMessage.Platform.Tests.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tests.BasicEdition;

/// <summary>The basic edition's main story end to end over HTTP and WebSocket on a real instance, on every database provider.</summary>
public sealed class VideoTaskStoryTests
{
    private const int Rows = 1000;

    /// <summary>
    /// The sample's header, then 1,000 rows: every 50th block has a garbage number, a repeat of the row
    /// before, and a row short of its second parameter; the rest are distinct valid numbers with both values.
    /// </summary>
    private static (byte[] File, int Valid, int Invalid, int Total) FillSample(string sample)
    {
        var header = sample.TrimStart('\uFEFF').Split("\r\n")[0];
        var lines = new StringBuilder(header).Append('\n');
        int valid = 0, invalid = 0, total = 0;
        for (var i = 0; i < Rows; i++)
        {
            var phone = 13_100_000_000L + i;
            switch (i % 50)
            {
                case 7: lines.Append($"bad{i},客户{i},O{i}\n"); invalid++; total++; break;
                case 13: lines.Append($"{phone - 1},重复{i},D{i}\n"); break;
                case 21: lines.Append($"{phone},客户{i}\n"); invalid++; total++; break;
                default: lines.Append($"{phone},客户{i},O{i}\n"); valid++; total++; break;
            }
        }
        return (Encoding.UTF8.GetBytes(lines.ToString()), valid, invalid, total);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_sample_filled_with_1000_rows_is_sent_as_one_video_message_per_valid_recipient_delivered_and_watched_live(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await database.StartHostAsync(SendTaskScenario.FastDispatch);
        var story = await VideoTaskScenario.StartAsync(host, "videostory");

        // The console's 下载模板: the number file the template reads.
        using var http = host.CreateClient(story.TenantKey);
        var download = await http.GetAsync($"/basic-edition/templates/{story.Template}/sample.csv");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
        var sample = await download.Content.ReadAsStringAsync();
        Assert.Equal("phone,p_1,p_2", sample.TrimStart('\uFEFF').Split("\r\n")[0]);

        var (bytes, valid, invalid, total) = FillSample(sample);
        var file = await story.AsTenant.UploadIdAsync(bytes, "numbers.csv", "NUMBER_FILE");
        var preview = (await story.AsTenant.QueryAsync($"{{ previewVideoTask(input: {story.Input(fileId: file)}) {{ numbers {{ total invalid submitted }} parameters }} }}"))
            .GetProperty("previewVideoTask");
        Assert.Equal((total, invalid, valid), (preview.GetProperty("numbers").GetProperty("total").GetInt32(),
            preview.GetProperty("numbers").GetProperty("invalid").GetInt32(), preview.GetProperty("numbers").GetProperty("submitted").GetInt32()));
        Assert.Equal([1, 2], preview.GetProperty("parameters").EnumerateArray().Select(p => p.GetInt32()));

        // Scheduled a little ahead and moved due after subscribing, so the live view sees everything from the first batch on.
        var at = DateTime.UtcNow.AddMinutes(10).ToString("O");
        var created = await story.TryCreateAsync(story.Input(fileId: file, extra: $"expiryHours: 48, idempotencyKey: \"video-1\"")
            .Replace("sendMode: IMMEDIATE", $"sendMode: SCHEDULED, scheduledAt: \"{at}\""));
        created.AssertNoErrors();
        var task = created.GetProperty("videoTask");
        var taskId = task.GetProperty("id").GetString()!;
        Assert.Equal(("SCHEDULED", 48, story.Template), (task.GetProperty("status").GetString(), task.GetProperty("expiryHours").GetInt32(),
            task.GetProperty("template").GetProperty("id").GetString()));
        Assert.Equal((total, invalid, valid), (task.GetProperty("numbers").GetProperty("total").GetInt32(),
            task.GetProperty("numbers").GetProperty("invalid").GetInt32(), task.GetProperty("numbers").GetProperty("submitted").GetInt32()));

        await using var socket = await GraphQLWsTestClient.InitAsync(host, new { apiKey = story.TenantKey });
        await socket.SubscribeAsync("progress", """
            subscription($id: ID!) { videoTaskProgress(taskId: $id) { status progress { sent delivered } } }
            """, new { id = taskId });
        Assert.True(GlobalId.TryDecode(taskId, "VideoTask", out var key));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<SendTask>().IgnoreQueryFilters()
                .Where(t => t.Id == key).ExecuteUpdateAsync(s => s.SetProperty(t => t.ScheduledAt, DateTime.UtcNow.AddSeconds(-1)));
        }

        var done = await VideoTaskScenario.WaitForAsync(story.AsTenant, taskId, t => t.GetProperty("status").GetString() == "COMPLETED"
            && t.GetProperty("progress").GetProperty("delivered").GetInt32() == valid, TimeSpan.FromMinutes(3));
        var progress = done.GetProperty("progress");
        Assert.Equal((valid, valid, 0, invalid), (progress.GetProperty("sent").GetInt32(), progress.GetProperty("delivered").GetInt32(),
            progress.GetProperty("failed").GetInt32(), progress.GetProperty("skipped").GetInt32()));

        // The carrier's log: one VIDEO message per valid recipient, with its parameters and the template's media.
        List<SandboxMessage> sandbox;
        await using (var scope = host.Services.CreateAsyncScope())
            sandbox = await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<SandboxMessage>().Where(m => m.TaskId == key).ToListAsync();
        Assert.Equal(valid, sandbox.Count);
        Assert.Equal(valid, sandbox.Select(m => m.Phone).Distinct().Count());
        Assert.All(sandbox, m => Assert.Equal(RecipientChannel.Video, m.Channel));
        var one = sandbox.Single(m => m.Phone == "+8613100000005");
        Assert.Equal("发货通知", one.Text);
        using var video = JsonDocument.Parse(one.Video!);
        Assert.Equal(story.Template, video.RootElement.GetProperty("templateId").GetString());
        Assert.Equal("客户5", video.RootElement.GetProperty("parameters").GetProperty("p_1").GetString());
        Assert.Equal("O5", video.RootElement.GetProperty("parameters").GetProperty("p_2").GetString());
        var media = video.RootElement.GetProperty("media").EnumerateArray().ToList();
        Assert.Equal(["IMAGE", "AUDIO", "TEXT"], media.Select(m => m.GetProperty("kind").GetString()));
        Assert.Equal("image/jpeg", media[0].GetProperty("contentType").GetString());
        Assert.StartsWith("RmlsZ", media[0].GetProperty("fileId").GetString());
        Assert.Equal("尊敬的客户5，您的订单O5已发货", media[2].GetProperty("text").GetString());

        // The live view: the final state, then complete.
        var updates = new List<JsonElement>();
        for (var i = 0; i < 500; i++)
        {
            var message = await socket.ReceiveAsync(TimeSpan.FromSeconds(60));
            var type = message.GetProperty("type").GetString();
            if (type == "complete")
                break;
            if (type == "next")
                updates.Add(message.GetProperty("payload").GetProperty("data").GetProperty("videoTaskProgress"));
        }
        Assert.NotEmpty(updates);
        Assert.Equal("COMPLETED", updates[^1].GetProperty("status").GetString());
        Assert.Equal(valid, updates[^1].GetProperty("progress").GetProperty("delivered").GetInt32());

        // Per-recipient state: the invalid rows say why; the list of video tasks has it, the smart list does not.
        var listed = await story.AsTenant.QueryAsync("""
            { videoTasks { totalCount nodes { id recipients(where: { state: { eq: DELIVERED } }) { totalCount }
                invalid: recipients(where: { state: { eq: INVALID } }, first: 100) { nodes { errorCode } } } }
              sendTasks { totalCount } }
            """);
        var node = Assert.Single(listed.GetProperty("videoTasks").GetProperty("nodes").EnumerateArray());
        Assert.Equal(taskId, node.GetProperty("id").GetString());
        Assert.Equal(valid, node.GetProperty("recipients").GetProperty("totalCount").GetInt32());
        Assert.Equal(Enumerable.Repeat("INVALID_NUMBER", 20).Concat(Enumerable.Repeat("MISSING_VARIABLES", 20)).Order(),
            node.GetProperty("invalid").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("errorCode").GetString()).Order());
        Assert.Equal(0, listed.GetProperty("sendTasks").GetProperty("totalCount").GetInt32());

        // The same idempotency key returns the first task.
        var again = await story.TryCreateAsync(story.Input(fileId: file, extra: "idempotencyKey: \"video-1\""));
        Assert.Equal(taskId, again.GetProperty("videoTask").GetProperty("id").GetString());
    }
}
