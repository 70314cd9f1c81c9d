using KooMessage.Platform.Data;
using KooMessage.Platform.Tests.Infrastructure;
using KooMessage.Platform.Tests.Subscriptions;

namespace KooMessage.Platform.Tests.SendTasks;

/// <summary>sendTaskProgress of another tenant's task behaves exactly like a task that does not exist.</summary>
public sealed class SendTaskProgressIsolationTests
{
    private const string Progress = "subscription($id: ID!) { sendTaskProgress(taskId: $id) { status } }";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Subscribing_to_another_tenants_task_gets_the_same_error_as_a_missing_one(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await database.StartHostAsync(PlatformHost.WithoutBackgroundWork);
        var owner = await SendTaskScenario.StartAsync(host, "progress-owner");
        var taskId = await owner.CreateAsync(owner.Input());
        var stranger = await host.CreateTenantAsync(Slugs.New("progress-stranger"), "TENANT_MEMBER");
        var missing = KooMessage.Platform.GraphQL.Relay.GlobalId.Encode("SendTask", Guid.NewGuid());

        await using var socket = await GraphQLWsTestClient.InitAsync(host, new { apiKey = stranger.Key });
        await socket.SubscribeAsync("foreign", Progress, new { id = taskId });
        var foreign = (await socket.ExpectAsync("next", "foreign")).GetProperty("payload");
        await socket.ExpectAsync("complete", "foreign");
        await socket.SubscribeAsync("missing", Progress, new { id = missing });
        var absent = (await socket.ExpectAsync("next", "missing")).GetProperty("payload");

        Assert.Equal(absent.ErrorCode(), foreign.ErrorCode());
        Assert.Equal("NOT_FOUND", foreign.ErrorCode());
        Assert.Equal(absent.ErrorMessage().Replace(missing, "<id>"), foreign.ErrorMessage().Replace(taskId, "<id>"));
    }
}
