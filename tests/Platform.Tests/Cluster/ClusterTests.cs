using System.Diagnostics;
using System.Text.Json;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tests.Events;
using KooMessage.Platform.Tests.Infrastructure;
using KooMessage.Platform.Tests.Subscriptions;
using Npgsql;
using Xunit.Abstractions;

namespace KooMessage.Platform.Tests.Cluster;

/// <summary>
/// Three platform processes (real child processes) on one PostgreSQL database and one redis-server,
/// as operators run it: what is written through one instance is served by the others, events and
/// revocations cross instances, and one 100k-recipient task is sent by all three side by side (each
/// owns different lanes), with one of them killed (-9) mid-dispatch: nothing lost, nothing twice.
/// </summary>
public sealed class ClusterTests(ITestOutputHelper output)
{
    private const int RecipientCount = 100_000;
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Lanes of 5,000 give each instance many lanes to take; the per-instance rate keeps the dispatch
    /// running long enough to kill an instance in the middle; short leases make the take-over quick.
    /// </summary>
    private static Dictionary<string, string?> Settings(string connectionString, string channel) => new(SendTaskScenario.FastDispatch)
    {
        ["Database:Provider"] = "Postgres",
        ["Database:ConnectionString"] = connectionString,
        ["Redis:Configuration"] = TestRedis.Configuration,
        ["Redis:Channel"] = channel,
        ["Dispatch:BatchSize"] = "500",
        ["Dispatch:LaneSize"] = "5000",
        ["Dispatch:MessagesPerSecondPerTenant"] = "2500",
        ["Dispatch:LeaseDuration"] = "00:00:03",
        ["Gateway:SandboxReceiptDelay"] = "00:00:00.200",
        ["GraphQL:RateLimits:Enabled"] = "false",
        ["GraphQL:ExecutionTimeout"] = "00:05:00",
    };

    [Fact]
    public async Task Three_instances_on_one_PostgreSQL_and_Redis_share_data_events_revocations_and_one_big_task_through_a_kill_9()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        var clock = Stopwatch.StartNew();
        try
        {
            var settings = Settings(connectionString, TestRedis.NewChannel());
            // The first instance migrates the empty database; the other two find it current.
            await using var one = await PlatformProcess.StartAsync(settings);
            var others = await Task.WhenAll(PlatformProcess.StartAsync(settings), PlatformProcess.StartAsync(settings));
            await using var two = others[0];
            await using var three = others[1];
            output.WriteLine($"{clock.Elapsed}: three instances ready");

            // Written through instance 1, served by 2 and 3.
            var story = await SendTaskScenario.StartAsync(one, "cluster");
            var key = story.Messaging.Filing.Tenant.Key;
            foreach (var instance in new[] { two, three })
            {
                var app = await instance.As(key).QueryAsync($$"""{ node(id: "{{story.App}}") { ... on SmsApp { id name } } }""");
                Assert.Equal(story.App, app.GetProperty("node").GetProperty("id").GetString());
            }

            await ReviewsDecidedOnOneReachASubscriberOnThreeAsync(story, three);
            await RevokingAKeyOnOneClosesItsSocketsOnTheOthersAsync(story, one, two, three);
            output.WriteLine($"{clock.Elapsed}: data, events and revocations cross instances");

            // One 100k task, created through instance 1, sent by all three.
            var numbers = TestFiles.Csv(string.Join('\n', Enumerable.Range(0, RecipientCount).Select(i => $"{13_100_000_000L + i},R{i}")));
            var file = await story.AsTenant.UploadIdAsync(numbers, "numbers.csv", "NUMBER_FILE");
            var taskId = await story.CreateAsync(story.Input(fileId: file));
            Assert.True(GlobalId.TryDecode(taskId, "SendTask", out var taskGuid));
            output.WriteLine($"{clock.Elapsed}: task created");

            // Kill -9 instance 2 once it has sent a share and the task is well under way.
            var sharesBeforeKill = await WaitForSharesAsync(connectionString, taskGuid,
                shares => shares.TryGetValue(two.ProcessId, out var sent) && sent > 0 && shares.Values.Sum() >= 25_000);
            Assert.True(sharesBeforeKill.Values.Sum() < RecipientCount, "The task finished before an instance could be killed mid-dispatch.");
            var killedOwner = await OwnerPrefixAsync(connectionString, two.ProcessId);
            await two.KillAsync();
            var killedAt = clock.Elapsed;
            output.WriteLine($"{killedAt}: killed instance 2 (pid {two.ProcessId}) with shares {Describe(sharesBeforeKill)}");

            // The dead instance's lanes are taken over by the others once their leases run out.
            var takeover = await WaitForAsync(async () => await CountAsync(connectionString,
                """SELECT COUNT(*) FROM "SendTaskLanes" WHERE "TaskId" = @task AND "Owner" LIKE @owner""", taskGuid, killedOwner) == 0);
            output.WriteLine($"{clock.Elapsed}: the killed instance's lanes were all taken over {takeover.TotalSeconds:F1} s after the kill");

            var done = await SendTaskScenario.WaitForAsync(three.As(key), taskId, t => SendTaskScenario.Finished(t)
                && SendTaskScenario.Progress(t, "delivered") + SendTaskScenario.Progress(t, "failed") == SendTaskScenario.Progress(t, "sent"), Generous);
            var shares = await SharesAsync(connectionString, taskGuid);
            output.WriteLine($"{clock.Elapsed}: finished {done}; shares by instance (pid: messages) {Describe(shares)}");

            // Every recipient reached the carrier exactly once, from one of the three instances, and each sent a share.
            Assert.Equal(RecipientCount, shares.Values.Sum());
            Assert.Equal(3, shares.Count);
            Assert.All(new[] { one, two, three }, p => Assert.True(shares.GetValueOrDefault(p.ProcessId) > 0, $"Instance {p.ProcessId} sent nothing."));
            Assert.Equal(RecipientCount, await CountAsync(connectionString,
                """SELECT COUNT(DISTINCT "MessageId") FROM "SandboxMessages" WHERE "TaskId" = @task""", taskGuid));
            Assert.Equal(0, await CountAsync(connectionString, """
                SELECT COUNT(*) FROM "Recipients" r WHERE r."TaskId" = @task
                AND NOT EXISTS (SELECT 1 FROM "SandboxMessages" m WHERE m."MessageId" = replace(r."Id"::text, '-', ''))
                """, taskGuid));
            // Counters equal recounts, and no lane is still owned.
            Assert.Equal(RecipientCount, SendTaskScenario.Progress(done, "sent"));
            Assert.Equal(RecipientCount, await CountAsync(connectionString,
                """SELECT COUNT(*) FROM "Recipients" WHERE "TaskId" = @task AND "State" IN ('Delivered', 'Failed', 'Expired')""", taskGuid));
            Assert.Equal(0, await CountAsync(connectionString, """SELECT COUNT(*) FROM "SendTaskLanes" WHERE "TaskId" = @task AND ("Owner" IS NOT NULL OR NOT "Finished")""", taskGuid));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task ReviewsDecidedOnOneReachASubscriberOnThreeAsync(SendTaskScenario story, PlatformProcess three)
    {
        await using var subscriber = await GraphQLWsTestClient.InitAsync(three, new { apiKey = story.Messaging.Filing.Tenant.Key });
        await subscriber.SubscribeAsync("r", "subscription { reviewStatusChanged { from to subject { id } } }");
        // A child process cannot be asked whether the subscription is in place yet: signatures submitted
        // through instance 1, one a second (bounded), probe until the first one's event arrives on instance 3.
        using var stopProbing = new CancellationTokenSource();
        var probing = Task.Run(async () =>
        {
            for (var n = 1; n <= 120 && !stopProbing.IsCancellationRequested; n++)
            {
                (await story.Messaging.TryCreateSignatureAsync(story.App, $"集群探针{n}")).AssertNoErrors();
                await Task.Delay(TimeSpan.FromSeconds(1), stopProbing.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        });
        var probe = Change(await subscriber.ExpectAsync("next", "r", Generous)).GetProperty("subject").GetProperty("id").GetString()!;
        await stopProbing.CancelAsync();
        await probing;

        // Decided on instance 1, seen on instance 3 (after any other probes' events still on their way).
        (await story.Messaging.Filing.ApproveAsync(probe)).AssertNoErrors();
        for (var read = 0; ; read++)
        {
            Assert.True(read < 200, "The approval never reached the subscriber on instance 3.");
            var change = Change(await subscriber.ExpectAsync("next", "r", Generous));
            if (change.GetProperty("subject").GetProperty("id").GetString() == probe && change.GetProperty("to").GetString() == "APPROVED")
                break;
        }
    }

    private static JsonElement Change(JsonElement next) => next.GetProperty("payload").GetProperty("data").GetProperty("reviewStatusChanged");

    private static async Task RevokingAKeyOnOneClosesItsSocketsOnTheOthersAsync(SendTaskScenario story, PlatformProcess one, PlatformProcess two, PlatformProcess three)
    {
        var second = await story.AsTenant.MutateAsync("createApiKey", """{ name: "cluster second key", role: TENANT_MEMBER }""", "apiKey { id } secret");
        var secret = second.GetProperty("secret").GetString()!;
        await using var onTwo = await GraphQLWsTestClient.InitAsync(two, new { apiKey = secret });
        await using var onThree = await GraphQLWsTestClient.InitAsync(three, new { apiKey = secret });
        var keyId = second.GetProperty("apiKey").GetProperty("id").GetString()!;
        await one.Admin().MutateAsync("revokeApiKey", $$"""{ id: "{{keyId}}" }""", "apiKey { revoked }");
        Assert.Equal("Forbidden: The API key was revoked.", await onTwo.ExpectCloseAsync(4403, Generous));
        Assert.Equal("Forbidden: The API key was revoked.", await onThree.ExpectCloseAsync(4403, Generous));
    }

    /// <summary>Messages the carrier (the Sandbox) recorded for the task, by the process id of the instance that handed them over.</summary>
    private static async Task<Dictionary<int, long>> SharesAsync(string connectionString, Guid taskId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Instance", COUNT(*) FROM "SandboxMessages" WHERE "TaskId" = @task GROUP BY "Instance" """, connection);
        command.Parameters.AddWithValue("task", taskId);
        await using var reader = await command.ExecuteReaderAsync();
        var shares = new Dictionary<int, long>();
        while (await reader.ReadAsync())
        {
            // Instance ids are "host:pid:random".
            var pid = int.Parse(reader.GetString(0).Split(':')[^2], System.Globalization.CultureInfo.InvariantCulture);
            shares[pid] = shares.GetValueOrDefault(pid) + reader.GetInt64(1);
        }
        return shares;
    }

    private static async Task<Dictionary<int, long>> WaitForSharesAsync(string connectionString, Guid taskId, Func<Dictionary<int, long>, bool> condition)
    {
        Dictionary<int, long> shares = [];
        await WaitForAsync(async () => condition(shares = await SharesAsync(connectionString, taskId)));
        return shares;
    }

    /// <summary>The lease owner prefix of the instance with <paramref name="processId"/>, as a LIKE pattern.</summary>
    private static async Task<string> OwnerPrefixAsync(string connectionString, int processId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT DISTINCT "Instance" FROM "SandboxMessages" WHERE "Instance" LIKE @pattern""", connection);
        command.Parameters.AddWithValue("pattern", $"%:{processId}:%");
        return (string)(await command.ExecuteScalarAsync())! + "%";
    }

    private static async Task<long> CountAsync(string connectionString, string sql, Guid taskId, string? owner = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("task", taskId);
        if (owner is not null)
            command.Parameters.AddWithValue("owner", owner);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Polls <paramref name="condition"/> until it holds (bounded by <see cref="Generous"/>); returns how long that took.</summary>
    private static async Task<TimeSpan> WaitForAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > Generous)
                Assert.Fail("The cluster did not reach the expected state in time.");
            await Task.Delay(50);
        }
        return clock.Elapsed;
    }

    private static string Describe(Dictionary<int, long> shares) => string.Join(", ", shares.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));
}
