using System.Net;
using System.Text.Json;
using KooMessage.Platform.Data;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Statistics;

/// <summary>
/// Click details over HTTP: a task's and a recipient's clicks (first or repeat, browser family, time),
/// filtered; recipients' clickCount and firstClickedAt; another tenant sees neither task nor recipient.
/// </summary>
public sealed class ClickDetailsTests
{
    private const string Details = """
        query($id: ID!) { node(id: $id) { ... on SendTask {
          clicks { totalCount nodes { at userAgentFamily first recipient { phone } } }
          repeats: clicks(where: { first: { eq: false } }) { totalCount }
          wechat: clicks(where: { userAgentFamily: { eq: "WeChat" } }) { totalCount }
          recipients { nodes { id phone shortLinkCode clickCount firstClickedAt clicks { totalCount nodes { first } } } }
        } } }
        """;

    [Fact]
    public async Task Clicks_are_listed_per_task_and_recipient_with_filters_and_hidden_from_another_tenant()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await database.StartHostAsync(SendTaskScenario.FastDispatch);
        var story = await SendTaskScenario.StartAsync(host, "clicks");
        var other = await SendTaskScenario.StartAsync(host, "clicksx");
        var id = await story.CreateAsync(story.Input(numbers: ["13800138000,A1", "13800138001,A2"]));
        await story.WaitForAsync(id, SendTaskScenario.Finished);

        var before = (await story.AsTenant.QueryAsync(Details, new { id })).GetProperty("node");
        Assert.Equal(0, before.GetProperty("clicks").GetProperty("totalCount").GetInt32());
        var recipients = before.GetProperty("recipients").GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(recipients, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("firstClickedAt").ValueKind));
        var clicked = recipients.Single(r => r.GetProperty("phone").GetString() == "+8613800138000");

        using (var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress })
        {
            foreach (var agent in new[] { "Mozilla/5.0 (iPhone) MicroMessenger/8.0", "Mozilla/5.0 Chrome/120.0 Safari/537.36", "curl/8" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/s/" + clicked.GetProperty("shortLinkCode").GetString());
                request.Headers.UserAgent.ParseAdd(agent);
                Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(request)).StatusCode); // the recipient's card page
            }
        }

        var after = (await story.AsTenant.QueryAsync(Details, new { id })).GetProperty("node");
        var clicks = after.GetProperty("clicks");
        Assert.Equal(3, clicks.GetProperty("totalCount").GetInt32());
        var nodes = clicks.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(new[] { true, false, false }, nodes.Select(n => n.GetProperty("first").GetBoolean()));
        Assert.All(nodes, n => Assert.Equal("+8613800138000", n.GetProperty("recipient").GetProperty("phone").GetString()));
        Assert.Equal("WeChat", nodes[0].GetProperty("userAgentFamily").GetString());
        Assert.Equal(2, after.GetProperty("repeats").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, after.GetProperty("wechat").GetProperty("totalCount").GetInt32());

        var byPhone = after.GetProperty("recipients").GetProperty("nodes").EnumerateArray().ToDictionary(r => r.GetProperty("phone").GetString()!);
        var first = byPhone["+8613800138000"];
        Assert.Equal(3, first.GetProperty("clickCount").GetInt32());
        Assert.Equal(nodes[0].GetProperty("at").GetDateTime(), first.GetProperty("firstClickedAt").GetDateTime(), TimeSpan.FromSeconds(1));
        Assert.Equal(3, first.GetProperty("clicks").GetProperty("totalCount").GetInt32());
        var second = byPhone["+8613800138001"];
        Assert.Equal(0, second.GetProperty("clickCount").GetInt32());
        Assert.Equal(0, second.GetProperty("clicks").GetProperty("totalCount").GetInt32());

        // Another tenant: the task and the recipient are simply not there, as for an unknown id.
        Assert.Equal(JsonValueKind.Null, (await other.AsTenant.QueryAsync(Details, new { id })).GetProperty("node").ValueKind);
        var recipientId = first.GetProperty("id").GetString();
        var foreign = await other.AsTenant.QueryAsync("query($id: ID!) { node(id: $id) { ... on Recipient { clickCount clicks { totalCount } } } }", new { id = recipientId });
        Assert.Equal(JsonValueKind.Null, foreign.GetProperty("node").ValueKind);
    }
}
