using System.Text.Json;
using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.Statistics;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy.Resolution;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tests.Statistics;

/// <summary>
/// The rollups equal a brute-force recount over recipients and clicks for a randomized scenario
/// (smart tasks with invalid and skipped numbers, a cancelled task, receipts, repeated clicks, and a
/// video task of another tenant, recipients sent under two service numbers by region and some under none),
/// per granularity, time zone and group (task, channel and service number), on SQLite and PostgreSQL; the
/// range limit is typed; another tenant sees none of it.
/// </summary>
public sealed class MessageStatisticsTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Query = """
        query($input: MessageStatisticsInput!) { messageStatistics(input: $input) {
          start end kind channel taskId serviceNumberId submitted sent delivered failed expired skipped cancelled clicks uniqueClicks } }
        """;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Statistics_equal_a_recount_over_recipients_per_granularity_zone_and_group(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await database.StartHostAsync(new Dictionary<string, string?>(SendTaskScenario.FastDispatch.Concat(ServiceNumberFixture.FastActivation)));
        var story = await SendTaskScenario.StartAsync(host, "stats");
        // Two service numbers for the scenario's signature: Beijing numbers (1380013…) are sent under one, the rest under the other.
        var serviceNumbers = ServiceNumberScenario.For(story.Messaging.Filing);
        await serviceNumbers.ApprovedFilingAsync();
        var (beijing, _) = await serviceNumbers.ApprovedServiceNumberAsync(ServiceNumberScenario.UniqueName("北京"));
        var (nationwide, _) = await serviceNumbers.ApprovedServiceNumberAsync(ServiceNumberScenario.UniqueName("全国"));
        await serviceNumbers.WaitUntilEffectiveAsync(beijing);
        await serviceNumbers.WaitUntilEffectiveAsync(nationwide);
        await serviceNumbers.BindAsync(beijing, await serviceNumbers.ApprovedChannelNumberAsync("ORDINARY", "10690001234", "示例科技"), "BEIJING");
        await serviceNumbers.BindAsync(nationwide, await serviceNumbers.ApprovedChannelNumberAsync("ORDINARY", "10695550000", "示例科技"), "NATIONWIDE");
        var random = new Random(17);
        var taskIds = new List<string>();
        for (var t = 0; t < 3; t++)
        {
            var numbers = Enumerable.Range(0, random.Next(3, 9))
                .Select(i => random.Next(6) == 0 ? $"12{i:D3}" : $"{(random.Next(2) == 0 ? "1380013" : "1380021")}{t}{i:D3},A{i}").ToList();
            taskIds.Add(await story.CreateAsync(story.Input(name: $"统计{t}", numbers: numbers, fallback: t == 1 ? "PLAIN_SMS" : "NONE")));
        }
        var at = DateTime.UtcNow.AddMinutes(30).ToString("O");
        var cancelled = await story.CreateAsync(story.Input(name: "取消", numbers: ["13800139000,A1", "13800139001,A2"])
            .Replace("sendMode: IMMEDIATE", $"sendMode: SCHEDULED, scheduledAt: \"{at}\""));
        await story.AsTenant.MutateAsync("cancelSendTask", $$"""{ id: "{{cancelled}}" }""", "sendTask { status }");
        var video = await VideoTaskScenario.StartAsync(host, "statsvideo");
        var videoTask = await video.CreateAsync(video.Input(name: "视频统计", numbers: ["13800138000,张三,A100", "13800138001,李四,A101", "12,x,y"]));
        foreach (var id in taskIds)
            await story.WaitForAsync(id, SendTaskScenario.Finished, TimeSpan.FromSeconds(60));
        await VideoTaskScenario.WaitForAsync(video.AsTenant, videoTask, SendTaskScenario.Finished);

        using (var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }))
        {
            foreach (var code in await ReadAsync(host, db => db.Set<ShortLink>().IgnoreQueryFilters().Select(l => l.Code).ToListAsync()))
            {
                for (var c = random.Next(0, 3); c > 0; c--)
                    Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(new Uri(host.BaseAddress, "/s/" + code))).StatusCode); // the card page
            }
        }

        var tasks = await ReadAsync(host, db => db.Set<SendTask>().IgnoreQueryFilters().ToDictionaryAsync(t => t.Id));
        var recipients = await ReadAsync(host, db => db.Set<Recipient>().IgnoreQueryFilters().AsNoTracking().ToListAsync());
        var links = await ReadAsync(host, db => db.Set<ShortLink>().IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(l => l.Id));
        var clicks = await ReadAsync(host, db => db.Set<ShortLinkClick>().IgnoreQueryFilters().AsNoTracking().ToListAsync());
        var recipientOf = recipients.ToDictionary(r => r.Id);

        // Every event once, with its time, task, channel and service number, straight from the recipients and clicks.
        var events = new List<(DateTime At, Guid Task, RecipientChannel Channel, Guid? ServiceNumber, string Counter)>();
        Assert.Contains(recipients, r => r.Channel == RecipientChannel.Video && r.State == RecipientState.Delivered);
        foreach (var r in recipients)
        {
            var task = tasks[r.TaskId];
            if (r.State is RecipientState.Invalid or RecipientState.Skipped)
                events.Add((task.CreatedAt, r.TaskId, r.Channel, r.ServiceNumberId, "skipped"));
            else
                events.Add((task.CreatedAt, r.TaskId, r.Channel, r.ServiceNumberId, task.Status == SendTaskStatus.Cancelled ? "cancelled" : "submitted"));
            if (r.SubmittedAt is { } submitted)
                events.Add((submitted, r.TaskId, r.Channel, r.ServiceNumberId, "sent"));
            if (r.State is RecipientState.Delivered or RecipientState.Failed or RecipientState.Expired)
                events.Add((r.FinishedAt!.Value, r.TaskId, r.Channel, r.ServiceNumberId, r.State.ToString().ToLowerInvariant()));
        }
        foreach (var click in clicks)
        {
            var recipient = recipientOf[links[click.LinkId].RecipientId];
            events.Add((click.CreatedAt, click.TaskId, recipient.Channel, recipient.ServiceNumberId, "clicks"));
            if (click.First)
                events.Add((click.CreatedAt, click.TaskId, recipient.Channel, recipient.ServiceNumberId, "uniqueClicks"));
        }
        // Both service numbers and none carry sends, so the SERVICE_NUMBER groups are really split.
        var sentUnder = events.Where(e => e.Counter == "sent").Select(e => e.ServiceNumber).ToHashSet();
        Assert.Contains(sentUnder, id => id is { } sn && GlobalId.Encode("ServiceNumber", sn) == beijing);
        Assert.Contains(sentUnder, id => id is { } sn && GlobalId.Encode("ServiceNumber", sn) == nationwide);
        Assert.Contains(events, e => e.ServiceNumber is null);
        Assert.Contains(events, e => e.Counter == "cancelled");
        Assert.Contains(events, e => e.Counter == "delivered");
        Assert.Contains(events, e => e.Counter == "uniqueClicks");

        var from = DateTime.UtcNow.Date.AddDays(-1);
        string[] counters = ["submitted", "sent", "delivered", "failed", "expired", "skipped", "cancelled", "clicks", "uniqueClicks"];
        var tenants = new[] { (Client: story.AsTenant, Task: taskIds[0]), (Client: video.AsTenant, Task: videoTask) };
        foreach (var (client, anyTask) in tenants)
        foreach (var zoneId in new[] { "Asia/Shanghai", "America/New_York", "Asia/Kathmandu" })
        foreach (var granularity in Enum.GetValues<StatisticsGranularity>())
        {
            Assert.True(GlobalId.TryDecode(anyTask, out _, out var anyTaskId));
            var tenant = tasks[anyTaskId].TenantId;
            var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
            var expected = events
                .Where(e => tasks[e.Task].TenantId == tenant)
                .GroupBy(e => (Start: StatisticsRules.BucketStart(e.At, granularity, zone).UtcDateTime, e.Task, e.Channel, e.ServiceNumber))
                .ToDictionary(g => $"{g.Key.Start:O}|{GlobalId.Encode(tasks[g.Key.Task].Kind == SendTaskKind.Video ? "VideoTask" : "SendTask", g.Key.Task)}|{g.Key.Channel.ToString().ToUpperInvariant()}"
                        + $"|{(g.Key.ServiceNumber is { } sn ? GlobalId.Encode("ServiceNumber", sn) : "")}",
                    g => string.Join(",", counters.Select(c => g.Count(e => e.Counter == c))));
            var input = new
            {
                from = from.ToString("O"), to = from.AddDays(3).ToString("O"), timeZone = zoneId,
                granularity = granularity.ToString().ToUpperInvariant(), groupBy = new[] { "TASK", "CHANNEL", "SERVICE_NUMBER" },
            };
            var rows = (await client.QueryAsync(Query, new { input })).GetProperty("messageStatistics").EnumerateArray().ToList();
            var actual = rows.ToDictionary(
                r => $"{r.GetProperty("start").GetDateTimeOffset().UtcDateTime:O}|{r.GetProperty("taskId").GetString()}|{r.GetProperty("channel").GetString()!.Replace("_", "")}"
                    + $"|{r.GetProperty("serviceNumberId").GetString()}",
                r => string.Join(",", counters.Select(c => r.GetProperty(c).GetInt32())));
            Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(e => e.Key));
            Assert.All(rows, r => Assert.Equal(tasks[anyTaskId].Kind.ToString().ToUpperInvariant(), r.GetProperty("kind").GetString()));
        }
    }

    [Fact]
    public async Task A_range_over_366_days_is_a_typed_error_and_another_tenant_sees_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await database.StartHostAsync(SendTaskScenario.FastDispatch);
        var story = await SendTaskScenario.StartAsync(host, "statsa");
        var other = await SendTaskScenario.StartAsync(host, "statsb");
        var id = await story.CreateAsync(story.Input(numbers: ["13800138000,A1"]));
        await story.WaitForAsync(id, SendTaskScenario.Finished, TimeSpan.FromSeconds(60));
        var from = DateTime.UtcNow.Date.AddDays(-1);

        var tooLong = (await story.AsTenant.PostAsync(Query, new { input = new { from = from.ToString("O"), to = from.AddDays(367).ToString("O") } })).Body;
        Assert.Equal("LIMIT_EXCEEDED", tooLong.ErrorCode());
        var badZone = (await story.AsTenant.PostAsync(Query, new { input = new { from = from.ToString("O"), to = from.AddDays(2).ToString("O"), timeZone = "Mars/Base" } })).Body;
        Assert.Equal("VALIDATION", badZone.ErrorCode());

        var input = new { from = from.ToString("O"), to = from.AddDays(2).ToString("O") };
        Assert.NotEmpty((await story.AsTenant.QueryAsync(Query, new { input })).GetProperty("messageStatistics").EnumerateArray());
        Assert.Empty((await other.AsTenant.QueryAsync(Query, new { input })).GetProperty("messageStatistics").EnumerateArray());
        var foreign = new { from = input.from, to = input.to, where = new { taskIds = new[] { id } } };
        Assert.Empty((await other.AsTenant.QueryAsync(Query, new { input = foreign })).GetProperty("messageStatistics").EnumerateArray());
    }

    /// <summary>
    /// Fast at scale means the database groups and sums (issue 17 item 1): the query is one statement over the
    /// rollups, with GROUP BY and SUM, that never reads recipients, and it runs on the provider (whose SQL is printed).
    /// </summary>
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_statistics_statement_groups_and_sums_the_rollups_in_the_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await database.StartHostAsync();
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Guid.NewGuid());
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var from = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var input = new MessageStatisticsInput
        {
            From = from, To = from.AddDays(31), GroupBy = [StatisticsDimension.Task, StatisticsDimension.Channel],
            Where = new MessageStatisticsFilterInput { Channels = [RecipientChannel.Smart] },
        };

        var sums = MessageStatisticsReader.Sums(db, input, input.From, input.To);
        var sql = sums.ToQueryString();
        output.WriteLine(sql);

        Assert.Contains("GROUP BY", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("SUM(", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("MessageStatistics", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("Recipients", sql, StringComparison.Ordinal);
        Assert.Single(sql.Split(';', StringSplitOptions.RemoveEmptyEntries), part => part.Contains("SELECT", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await sums.ToListAsync());
    }

    private static async Task<T> ReadAsync<T>(PlatformHost host, Func<KooMessageDbContext, Task<T>> read)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<KooMessageDbContext>());
    }
}
