using System.Text.Json;
using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.SendTasks.Dispatch;
using KooMessage.Platform.Features.SendTasks.Gateways;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tests.SendTasks;

/// <summary>
/// A receipt that arrives before the dispatcher recorded the hand-over (found by the kill -9 test: the
/// process died between the gateway's acceptance and that record, and a gateway outside the process may
/// simply answer late) is applied, not dropped, and its counters end under the service number the
/// message was sent under.
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

    [Fact]
    public async Task A_receipt_that_overtakes_a_hand_over_under_a_service_number_is_counted_under_that_service_number()
    {
        await using var host = await PlatformHost.StartAsync(
            new Dictionary<string, string?>(SendTaskScenario.FastDispatch.Concat(ServiceNumberFixture.FastActivation)),
            services => services.AddSingleton<IMessageGateway>(sp => new FirstReceiptOvertakesGateway(sp)));
        var story = await SendTaskScenario.StartAsync(host, "overtaken-sn");
        var numbers = ServiceNumberScenario.For(story.Messaging.Filing);
        await numbers.ApprovedFilingAsync();
        var (serviceNumber, _) = await numbers.ApprovedServiceNumberAsync(ServiceNumberScenario.UniqueName("超车"));
        await numbers.WaitUntilEffectiveAsync(serviceNumber);
        // The scenario's signature is 示例科技: its channel number bound nationwide, so every message is sent under the service number.
        await numbers.BindAsync(serviceNumber, await numbers.ApprovedChannelNumberAsync("ORDINARY", "10690007777", "示例科技"), "NATIONWIDE");

        var taskId = await story.CreateAsync(story.Input(numbers: ["13800138000,A1", "13800138001,A2", "13800138002,A3"]));
        await story.WaitForAsync(taskId, t => SendTaskScenario.Progress(t, "sent") == 3, TimeSpan.FromSeconds(60));

        var task = await SendTaskScenario.TaskAsync(story.AsTenant, taskId);
        Assert.Equal(1, SendTaskScenario.Progress(task, "delivered"));
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var report = await story.AsTenant.QueryAsync($$"""{ serviceNumberReport(serviceNumberId: "{{serviceNumber}}", from: "{{today}}T00:00:00Z", to: "{{today}}T00:00:00Z") { messagesSent } }""");
        Assert.Equal(3, report.GetProperty("serviceNumberReport").GetProperty("messagesSent").GetInt32());

        var from = DateTime.UtcNow.Date.AddDays(-1).ToString("yyyy-MM-dd");
        var to = DateTime.UtcNow.Date.AddDays(2).ToString("yyyy-MM-dd");
        var rows = (await story.AsTenant.QueryAsync($$"""
            { messageStatistics(input: { from: "{{from}}T00:00:00Z", to: "{{to}}T00:00:00Z", timeZone: "UTC", groupBy: [SERVICE_NUMBER] })
              { serviceNumberId submitted sent delivered } }
            """)).GetProperty("messageStatistics").EnumerateArray().ToList();
        int Sum(string? serviceNumberId, string counter) => rows
            .Where(r => (r.GetProperty("serviceNumberId").ValueKind == JsonValueKind.Null ? null : r.GetProperty("serviceNumberId").GetString()) == serviceNumberId)
            .Sum(r => r.GetProperty(counter).GetInt32());
        Assert.Equal((3, 3, 1), (Sum(serviceNumber, "submitted"), Sum(serviceNumber, "sent"), Sum(serviceNumber, "delivered")));
        Assert.Equal((0, 0, 0), (Sum(null, "submitted"), Sum(null, "sent"), Sum(null, "delivered")));
    }

    /// <summary>
    /// A gateway outside the process whose delivery receipt for the first message of each batch arrives (is applied)
    /// before it answers the hand-over: the dispatcher records that hand-over after the receipt.
    /// </summary>
    private sealed class FirstReceiptOvertakesGateway(IServiceProvider services) : IMessageGateway
    {
        public bool InDatabase => false;

        public async Task<IReadOnlyList<GatewayResult>> SendAsync(IReadOnlyList<OutgoingMessage> batch, KooMessageDbContext? db, CancellationToken cancellationToken)
        {
            await using (var scope = services.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<ReceiptProcessor>()
                    .ApplyAsync([new Receipt(batch[0].MessageId, RecipientState.Delivered, null, DateTime.UtcNow)], cancellationToken);
            return batch.Select(m => new GatewayResult(m.MessageId, true, null)).ToList();
        }
    }
}
