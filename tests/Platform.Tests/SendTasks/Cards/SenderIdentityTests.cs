using System.Text.Json;
using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.SendTasks.Dispatch;
using KooMessage.Platform.Features.SendTasks.Gateways;
using KooMessage.Platform.Tenancy.Resolution;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tests.SendTasks.Cards;

/// <summary>
/// Issue 16 item 5 over HTTP: a smart message whose signature matches a channel number bound to an EFFECTIVE
/// service number carries that service number (the binding for the recipient's province before a NATIONWIDE
/// one); messages of another signature carry none, nor do they once the service number is frozen (no longer EFFECTIVE);
/// recipients record it and the service number report counts them.
/// </summary>
public sealed class SenderIdentityTests : IAsyncLifetime
{
    private const string Beijing = "13800138000";
    private const string Shanghai = "13800210001";
    private const string Unknown = "19912345678"; // the geocoding data knows no province for it

    private PlatformHost _host = null!;

    public async Task InitializeAsync()
        => _host = await PlatformHost.StartAsync(new Dictionary<string, string?>(SendTaskScenario.FastDispatch.Concat(ServiceNumberFixture.FastActivation)));

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_bound_effective_service_number_appears_on_messages_of_its_signature_per_region_and_nowhere_else()
    {
        var story = await SendTaskScenario.StartAsync(_host, "sender-id");
        var numbers = ServiceNumberScenario.For(story.Messaging.Filing);
        await numbers.ApprovedFilingAsync();
        var (bank, _) = await numbers.ApprovedServiceNumberAsync(ServiceNumberScenario.UniqueName("北京银行"));
        var (group, _) = await numbers.ApprovedServiceNumberAsync(ServiceNumberScenario.UniqueName("集团"));
        await numbers.WaitUntilEffectiveAsync(bank);
        await numbers.WaitUntilEffectiveAsync(group);
        // The scenario's signature is 示例科技: one channel number bound for Beijing only.
        var beijingChannel = await numbers.ApprovedChannelNumberAsync("ORDINARY", "10690001234", "示例科技");
        await numbers.BindAsync(bank, beijingChannel, "BEIJING");

        // Another signature of the same app, with no channel number: its messages carry nobody.
        var otherSignature = await story.Messaging.ApprovedSignatureAsync(story.App, "别家科技");
        var otherTemplate = await story.Messaging.ApprovedTemplateAsync(story.App, otherSignature);

        string[] rows = [$"{Beijing},A1", $"{Shanghai},A2", $"{Unknown},A3"];
        var first = await SendAsync(story, story.Input(name: "北京", numbers: rows));
        var other = await SendAsync(story, story.Input(name: "别家", numbers: rows, signature: otherSignature, template: otherTemplate));
        Assert.Equal(new() { [Beijing] = bank, [Shanghai] = null, [Unknown] = null }, await SendersAsync(first));
        Assert.Equal(new() { [Beijing] = null, [Shanghai] = null, [Unknown] = null }, await SendersAsync(other));

        // A second channel number with the same signature, bound nationwide: the province's binding still wins in Beijing.
        var nationwideChannel = await numbers.ApprovedChannelNumberAsync("ORDINARY", "10695550000", "示例科技");
        await numbers.BindAsync(group, nationwideChannel, "NATIONWIDE");
        var second = await SendAsync(story, story.Input(name: "全国", numbers: rows));
        Assert.Equal(new() { [Beijing] = bank, [Shanghai] = group, [Unknown] = group }, await SendersAsync(second));

        // Resolution is per lease, not per recipient: once prepared, composing any number of messages touches no database.
        var composed = await ComposeWithoutDatabaseAsync(second, copies: 200);
        Assert.Equal(600, composed.Count);
        Assert.Equal(new[] { (Beijing, bank), (Shanghai, group), (Unknown, group) }.ToHashSet(),
            composed.Select(m => (m.Phone[3..], GlobalId.Encode("ServiceNumber", m.Sender!.ServiceNumberId))).ToHashSet());

        // The gateway message names the service number and its logo; recipients record it.
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
            var message = await db.Set<SandboxMessage>().AsNoTracking().SingleAsync(m => m.TaskId == SendTaskScenario.Key(second) && m.Phone == "+86" + Beijing);
            var sender = JsonDocument.Parse(message.Sender!).RootElement;
            Assert.Equal(bank, sender.GetProperty("serviceNumberId").GetString());
            Assert.StartsWith("北京银行", sender.GetProperty("name").GetString());
            Assert.NotNull(sender.GetProperty("logoFileId").GetString());
        }
        var recipients = await story.AsTenant.QueryAsync($$"""{ node(id: "{{second}}") { ... on SendTask { recipients(first: 10) { nodes { phone serviceNumber { id } } } } } }""");
        var recorded = recipients.GetProperty("node").GetProperty("recipients").GetProperty("nodes").EnumerateArray()
            .ToDictionary(r => r.GetProperty("phone").GetString()!, r => r.GetProperty("serviceNumber").ValueKind == JsonValueKind.Null ? null : r.GetProperty("serviceNumber").GetProperty("id").GetString());
        Assert.Equal(new() { ["+86" + Beijing] = bank, ["+86" + Shanghai] = group, ["+86" + Unknown] = group }, recorded);

        // A frozen service number is no longer EFFECTIVE: its Beijing binding stops applying, and the nationwide one answers there too.
        (await story.AsTenant.TryMutateAsync("freezeServiceNumber", $$"""{ id: "{{bank}}", reason: "品牌调整" }""", "serviceNumber { status }")).AssertNoErrors();
        Assert.Equal("FROZEN", await numbers.StatusAsync(bank));
        var frozen = await SendAsync(story, story.Input(name: "冻结后", numbers: rows));
        Assert.Equal(new() { [Beijing] = group, [Shanghai] = group, [Unknown] = group }, await SendersAsync(frozen));

        // The report counts the messages sent under each service number.
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        foreach (var (id, expected) in new[] { (bank, 2), (group, 5) })
        {
            var report = await story.AsTenant.QueryAsync($$"""{ serviceNumberReport(serviceNumberId: "{{id}}", from: "{{today}}T00:00:00Z", to: "{{today}}T00:00:00Z") { messagesSent } }""");
            Assert.Equal(expected, report.GetProperty("serviceNumberReport").GetProperty("messagesSent").GetInt32());
        }
    }


    private static async Task<string> SendAsync(SendTaskScenario story, string input)
    {
        var taskId = await story.CreateAsync(input);
        await story.WaitForAsync(taskId, t => SendTaskScenario.Progress(t, "sent") == 3, TimeSpan.FromSeconds(60));
        return taskId;
    }

    /// <summary>
    /// Prepares the task's smart composer as the dispatcher does, disposes its database scope, then composes each recipient
    /// <paramref name="copies"/> times: a per-recipient query would throw on the disposed context.
    /// </summary>
    private async Task<List<OutgoingMessage>> ComposeWithoutDatabaseAsync(string taskId, int copies)
    {
        Func<DispatchRecipient, OutgoingMessage> compose;
        List<DispatchRecipient> recipients;
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
            var key = SendTaskScenario.Key(taskId);
            var task = await db.Set<SendTask>().IgnoreQueryFilters().AsNoTracking().SingleAsync(t => t.Id == key);
            recipients = await db.Set<Recipient>().IgnoreQueryFilters().AsNoTracking().Where(r => r.TaskId == key).Select(DispatchRecipient.Of).ToListAsync();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(task.TenantId);
            var composer = scope.ServiceProvider.GetServices<IMessageComposer>().Single(c => c.Kind == task.Kind);
            compose = await composer.PrepareAsync(db, task, CancellationToken.None);
        }
        return Enumerable.Range(0, copies).SelectMany(_ => recipients.Select(compose)).ToList();
    }

    /// <summary>Each Sandbox message of the task: its phone (without +86) → the global id of the service number it carries.</summary>
    private async Task<Dictionary<string, string?>> SendersAsync(string taskId)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var key = SendTaskScenario.Key(taskId);
        var messages = await db.Set<SandboxMessage>().AsNoTracking().Where(m => m.TaskId == key).ToListAsync();
        return messages.ToDictionary(m => m.Phone[3..],
            m => m.ServiceNumberId is { } id ? GlobalId.Encode("ServiceNumber", id) : null);
    }
}
