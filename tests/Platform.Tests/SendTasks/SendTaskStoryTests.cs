using System.Net;
using System.Text.Json;
using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.SendTasks.Gateways;
using KooMessage.Platform.Tests.Infrastructure;
using KooMessage.Platform.Tests.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tests.SendTasks;

/// <summary>The platform's main job, end to end over HTTP and WebSocket on a real instance, on every database provider.</summary>
public sealed class SendTaskStoryTests
{
    private static async Task<List<SandboxMessage>> SandboxMessagesAsync(PlatformHost host, string taskGlobalId)
    {
        Assert.True(KooMessage.Platform.GraphQL.Relay.GlobalId.TryDecode(taskGlobalId, "SendTask", out var taskId));
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<SandboxMessage>().Where(m => m.TaskId == taskId).ToListAsync();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_file_of_mixed_numbers_is_parsed_sent_once_each_delivered_clicked_and_watched_live(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await database.StartHostAsync(SendTaskScenario.FastDispatch);
        var story = await SendTaskScenario.StartAsync(host);
        await host.Admin().MutateAsync("addNonCapableRange", """{ prefix: "170", note: "no card support" }""", "range { id }");
        var file = await story.AsTenant.UploadIdAsync(TestFiles.Csv("""
            phone,order
            13800138000,A1
            13800138000,A1
            +86 139 0013 9000,B2
            garbage,x
            17012345678,C3
            13900139001,bad value!
            13700137000,D4,https://shop.example.cn/vip
            """), "numbers.csv", "NUMBER_FILE");

        var preview = await story.AsTenant.QueryAsync($"{{ previewSendTask(input: {story.Input(fileId: file, fallback: "PLAIN_SMS")}) {{ numbers {{ total invalid resolvable unresolvable submitted }} estimate {{ segments }} }} }}");
        Assert.Equal(6, preview.GetProperty("previewSendTask").GetProperty("numbers").GetProperty("total").GetInt32());

        // Subscribe before creating, so the dashboard sees everything from the first batch on.
        var created = await story.TryCreateAsync(story.Input(fileId: file, fallback: "PLAIN_SMS", extra: "idempotencyKey: \"campaign-1\""));
        var taskId = created.GetProperty("sendTask").GetProperty("id").GetString()!;
        await using var socket = await GraphQLWsTestClient.InitAsync(host, new { apiKey = story.Messaging.Filing.Tenant.Key });
        await socket.SubscribeAsync("progress", """
            subscription($id: ID!) { sendTaskProgress(taskId: $id) { status progress { sent delivered } } }
            """, new { id = taskId });

        var numbers = created.GetProperty("numbers");
        Assert.Equal(6, numbers.GetProperty("total").GetInt32());
        var task = created.GetProperty("sendTask");
        Assert.Equal(2, SendTaskScenario.Numbers(task, "invalid"));
        Assert.Equal(3, SendTaskScenario.Numbers(task, "resolvable"));
        Assert.Equal(1, SendTaskScenario.Numbers(task, "unresolvable"));
        Assert.Equal(4, SendTaskScenario.Numbers(task, "submitted"));

        var delivered = await story.WaitForAsync(taskId, t => SendTaskScenario.Finished(t) && SendTaskScenario.Progress(t, "delivered") == 4);
        Assert.Equal("COMPLETED", delivered.GetProperty("status").GetString());
        Assert.Equal(4, SendTaskScenario.Progress(delivered, "sent"));
        Assert.Equal(2, SendTaskScenario.Progress(delivered, "skipped"));

        var sandbox = await SandboxMessagesAsync(host, taskId);
        Assert.Equal(4, sandbox.Count);
        Assert.Equal(4, sandbox.Select(m => m.Phone).Distinct().Count());
        var plain = Assert.Single(sandbox, m => m.Channel == RecipientChannel.PlainSms);
        Assert.Equal("+8617012345678", plain.Phone);
        Assert.StartsWith("【示例科技】您的订单C3已发货，查看详情 https://kmsg.cn/", plain.Text);

        // The VIP recipient's link leads to its own URL; the click is counted once as unique.
        var vip = sandbox.Single(m => m.Phone == "+8613700137000");
        var code = vip.ShortLinkUrl!.Split('/').Last();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        var first = await http.GetAsync($"/s/{code}");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("https://shop.example.cn/vip", first.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await http.GetAsync($"/s/{code}")).StatusCode);
        var clicked = await story.WaitForAsync(taskId, t => SendTaskScenario.Progress(t, "clicks") == 2);
        Assert.Equal(1, SendTaskScenario.Progress(clicked, "uniqueClicks"));
        Assert.Equal(HttpStatusCode.Gone, (await http.GetAsync("/s/ZZZZZZZZ")).StatusCode);

        // The live view: at least the first and the final state, then complete.
        var updates = new List<JsonElement>();
        for (var i = 0; i < 200; i++)
        {
            var message = await socket.ReceiveAsync(TimeSpan.FromSeconds(60));
            var type = message.GetProperty("type").GetString();
            if (type == "complete")
                break;
            if (type == "next")
                updates.Add(message.GetProperty("payload").GetProperty("data").GetProperty("sendTaskProgress"));
        }
        Assert.NotEmpty(updates);
        Assert.Equal("COMPLETED", updates[^1].GetProperty("status").GetString());
        Assert.Equal(4, updates[^1].GetProperty("progress").GetProperty("sent").GetInt32());

        var recipients = await story.AsTenant.QueryAsync($$$"""
            { node(id: "{{{taskId}}}") { ... on SendTask { recipients(where: {state: {eq: DELIVERED}}) { totalCount } invalid: recipients(where: {capability: {eq: INVALID}}) { nodes { phone errorCode } } } } }
            """);
        Assert.Equal(4, recipients.GetProperty("node").GetProperty("recipients").GetProperty("totalCount").GetInt32());
        Assert.Equal(["INVALID_NUMBER", "INVALID_VARIABLE"],
            recipients.GetProperty("node").GetProperty("invalid").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("errorCode").GetString()));

        // The same idempotency key returns the first task.
        var again = await story.TryCreateAsync(story.Input(fileId: file, fallback: "PLAIN_SMS", extra: "idempotencyKey: \"campaign-1\""));
        Assert.Equal(taskId, again.GetProperty("sendTask").GetProperty("id").GetString());
        Assert.Equal(1, (await story.AsTenant.QueryAsync("{ sendTasks { totalCount } }")).GetProperty("sendTasks").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Invalid_settings_and_unusable_references_are_refused_and_nothing_is_created(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await database.StartHostAsync(SendTaskScenario.FastDispatch);
        var story = await SendTaskScenario.StartAsync(host, "badtask");
        async Task<string> Refusal(string input, SendTaskScenario? by = null)
        {
            var payload = await (by ?? story).TryCreateAsync(input);
            var error = payload.Error();
            return error.GetProperty("__typename").GetString() + ":" + (error.TryGetProperty("field", out var f) ? f.GetString()
                : error.TryGetProperty("precondition", out var p) ? p.GetString() : "");
        }

        Assert.Equal("ValidationError:numbers", await Refusal(story.Input(numbers: Enumerable.Range(0, 11).Select(i => $"1380013800{i % 10},A{i}"))));
        Assert.Equal("ValidationError:scheduledAt", await Refusal(story.Input().Replace("sendMode: IMMEDIATE", "sendMode: SCHEDULED, scheduledAt: \"2020-01-01T00:00:00Z\"")));
        Assert.Equal("ValidationError:linkValidityDays", await Refusal(story.Input(extra: "linkValidityDays: 8")));
        Assert.Equal("ValidationError:name", await Refusal(story.Input(name: "")));
        Assert.Equal("NotFoundError:smsTemplateId", await Refusal(story.Input(template: "U21zVGVtcGxhdGU6MDE5MDAwMDAwMDAwNzAwMDgwMDAwMDAwMDAwMDAwMDA")));

        var pending = (await story.Messaging.TryCreateTemplateAsync(MessagingScenario.TemplateInput(story.App, story.Signature,
            MessagingScenario.SmartTemplateContent, MessagingScenario.SmartVariables, name: "未审核"))).GetProperty("smsTemplate").GetProperty("id").GetString()!;
        Assert.Equal("PreconditionFailedError:ACTIVE_SMS_TEMPLATE", await Refusal(story.Input(template: pending)));

        var otherApp = await story.Messaging.CreateAppAsync("另一个");
        Assert.Equal("ValidationError:signatureId", await Refusal(story.Input(app: otherApp)));

        var intruder = await SendTaskScenario.StartAsync(host, "intruder");
        Assert.Equal("NotFoundError:smsAppId", await Refusal(intruder.Input().Replace(intruder.App, story.App), intruder));
        Assert.Equal("NotFoundError:smsTemplateId", await Refusal(intruder.Input(template: story.Template), intruder));
        Assert.Equal(0, (await story.AsTenant.QueryAsync("{ sendTasks { totalCount } }")).GetProperty("sendTasks").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Scheduled_tasks_wait_for_their_time_and_can_be_cancelled_until_sending_starts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await database.StartHostAsync(SendTaskScenario.FastDispatch);
        var story = await SendTaskScenario.StartAsync(host, "scheduled");
        var at = DateTime.UtcNow.AddMinutes(10).ToString("O");
        var later = await story.CreateAsync(story.Input(name: "稍后").Replace("sendMode: IMMEDIATE", $"sendMode: SCHEDULED, scheduledAt: \"{at}\""));
        Assert.Equal("SCHEDULED", (await story.TaskAsync(later)).GetProperty("status").GetString());
        var cancelled = await story.AsTenant.MutateAsync("cancelSendTask", $$"""{ id: "{{later}}" }""", "sendTask { status completedAt }");
        Assert.Equal("CANCELLED", cancelled.GetProperty("sendTask").GetProperty("status").GetString());

        var due = await story.CreateAsync(story.Input(name: "到点").Replace("sendMode: IMMEDIATE", $"sendMode: SCHEDULED, scheduledAt: \"{at}\""));
        Assert.True(KooMessage.Platform.GraphQL.Relay.GlobalId.TryDecode(due, "SendTask", out var dueId));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // Move the clock forward for this task only: its time has come.
            await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<SendTask>().IgnoreQueryFilters()
                .Where(t => t.Id == dueId).ExecuteUpdateAsync(s => s.SetProperty(t => t.ScheduledAt, DateTime.UtcNow.AddSeconds(-1)));
        }
        var finished = await story.WaitForAsync(due, SendTaskScenario.Finished);
        Assert.Equal("COMPLETED", finished.GetProperty("status").GetString());
        var tooLate = await story.AsTenant.TryMutateAsync("cancelSendTask", $$"""{ id: "{{due}}" }""", "sendTask { id }");
        Assert.Equal("InvalidStateError", tooLate.ErrorType());
        Assert.Equal(0, SendTaskScenario.Progress(await story.TaskAsync(later), "sent"));
    }
}
