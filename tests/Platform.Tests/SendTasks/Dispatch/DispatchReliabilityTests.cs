using System.Collections.Concurrent;
using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.SendTasks.Gateways;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tests.SendTasks;

/// <summary>
/// Exactly-once delivery to the gateway across a crash and across two dispatchers on one database,
/// on every provider: the leases are conditional updates, which must hold on each.
/// </summary>
public sealed class DispatchReliabilityTests
{
    private static string NumberFile(int count, int offset = 0)
        => string.Join('\n', Enumerable.Range(offset, count).Select(i => $"{13_100_000_000L + i},R{i}"));

    private static Guid TaskId(string globalId)
    {
        Assert.True(GlobalId.TryDecode(globalId, "SendTask", out var id));
        return id;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_dispatcher_killed_mid_task_resumes_after_restart_and_sends_every_recipient_exactly_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var slow = new Dictionary<string, string?>(SendTaskScenario.FastDispatch)
        {
            ["Dispatch:BatchSize"] = "10",
            ["Dispatch:MessagesPerSecondPerTenant"] = "40",
            ["Dispatch:LeaseDuration"] = "00:00:02",
        };
        string taskId;
        SendTaskScenario story;
        await using (var first = await database.StartHostAsync(slow))
        {
            story = await SendTaskScenario.StartAsync(first, "crash");
            var file = await story.AsTenant.UploadIdAsync(TestFiles.Csv(NumberFile(200)), "numbers.csv", "NUMBER_FILE");
            taskId = await story.CreateAsync(story.Input(fileId: file));
            await story.WaitForAsync(taskId, t => SendTaskScenario.Progress(t, "sent") >= 30);
        }
        // The first instance is gone mid-task (a stop hands its lease back; a crash's lease runs out: KillNineTests); a new one takes over.
        var fast = new Dictionary<string, string?>(SendTaskScenario.FastDispatch) { ["Dispatch:LeaseDuration"] = "00:00:02" };
        await using var second = await database.StartHostAsync(fast);
        var done = await SendTaskScenario.WaitForAsync(second.As(story.Messaging.Filing.Tenant.Key), taskId, SendTaskScenario.Finished, TimeSpan.FromSeconds(180));
        Assert.Equal("COMPLETED", done.GetProperty("status").GetString());
        Assert.Equal(200, SendTaskScenario.Progress(done, "sent"));

        await using var scope = second.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var id = TaskId(taskId);
        var sent = await db.Set<SandboxMessage>().Where(m => m.TaskId == id).Select(m => m.MessageId).ToListAsync();
        Assert.Equal(200, sent.Count);
        Assert.Equal(200, sent.Distinct().Count());
        var states = await db.Set<Recipient>().IgnoreQueryFilters().Where(r => r.TaskId == id).GroupBy(r => r.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Assert.DoesNotContain(states, s => s.Key == RecipientState.Pending);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_dispatchers_on_one_database_never_send_a_recipient_twice(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var gateway = new RecordingGateway();
        var settings = new Dictionary<string, string?>(SendTaskScenario.FastDispatch) { ["Dispatch:BatchSize"] = "20", ["Dispatch:LeaseDuration"] = "00:00:05" };
        await using var one = await database.StartHostAsync(settings, s => s.AddSingleton<IMessageGateway>(gateway));
        await using var two = await database.StartHostAsync(settings, s => s.AddSingleton<IMessageGateway>(gateway));
        var story = await SendTaskScenario.StartAsync(one, "twoworkers");
        var tasks = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var file = await story.AsTenant.UploadIdAsync(TestFiles.Csv(NumberFile(100, i * 100)), $"numbers{i}.csv", "NUMBER_FILE");
            tasks.Add(await story.CreateAsync(story.Input(name: $"批次{i}", fileId: file)));
        }
        // The recording gateway sends no receipts: the tasks stay SENT, waiting for them.
        foreach (var task in tasks)
            Assert.Equal(100, SendTaskScenario.Progress(await story.WaitForAsync(task, SendTaskScenario.HandedOver, TimeSpan.FromSeconds(180)), "sent"));

        Assert.Equal(400, gateway.Sends.Count);
        Assert.All(gateway.Sends, pair => Assert.Equal(1, pair.Value));
    }

    /// <summary>A gateway that counts how often each message id is handed over, shared by both instances.</summary>
    private sealed class RecordingGateway : IMessageGateway
    {
        public ConcurrentDictionary<string, int> Sends { get; } = new();

        public bool InDatabase => false;

        public Task<IReadOnlyList<GatewayResult>> SendAsync(IReadOnlyList<OutgoingMessage> batch, KooMessageDbContext? db, CancellationToken cancellationToken)
        {
            foreach (var message in batch)
                Sends.AddOrUpdate(message.MessageId, 1, (_, n) => n + 1);
            return Task.FromResult<IReadOnlyList<GatewayResult>>(batch.Select(m => new GatewayResult(m.MessageId, true, null)).ToList());
        }
    }
}
