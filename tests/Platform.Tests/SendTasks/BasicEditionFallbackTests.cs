using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.SendTasks.Gateways;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tests.SendTasks;

/// <summary>
/// The BASIC_EDITION fallback of a smart task (发送智能信息基础版): it needs the approved BASIC_EDITION
/// filing, and phones that cannot show the card get the template's text alone — no card, no short link —
/// on a channel of its own, distinct from PLAIN_SMS.
/// </summary>
public sealed class BasicEditionFallbackTests
{
    [Fact]
    public async Task The_fallback_needs_the_basic_edition_filing_and_sends_text_without_a_link_on_its_own_channel()
    {
        await using var host = await PlatformHost.StartAsync(SendTaskScenario.FastDispatch);
        var story = await SendTaskScenario.StartAsync(host, "befallback");
        await host.Admin().MutateAsync("addNonCapableRange", """{ prefix: "170", note: "no card support" }""", "range { id }");
        string[] numbers = ["13800138000,A1", "17012345678,C3"];

        var refused = await story.TryCreateAsync(story.Input(numbers: numbers, fallback: "BASIC_EDITION"));
        Assert.Equal(("PreconditionFailedError", "APPROVED_BASIC_EDITION_FILING"), (refused.ErrorType(), refused.Error().GetProperty("precondition").GetString()));
        Assert.Equal(0, (await story.AsTenant.QueryAsync("{ sendTasks { totalCount } }")).GetProperty("sendTasks").GetProperty("totalCount").GetInt32());

        await story.Messaging.Filing.ApprovedBasicEditionFilingAsync(saveProfile: false);
        var created = await story.AsTenant.MutateAsync("createSendTask", story.Input(numbers: numbers, fallback: "BASIC_EDITION"),
            "sendTask { id } numbers { total resolvable unresolvable submitted plainSms basicEdition }");
        var parsed = created.GetProperty("numbers");
        Assert.Equal((2, 1, 1, 2, 0, 1), (parsed.GetProperty("total").GetInt32(), parsed.GetProperty("resolvable").GetInt32(), parsed.GetProperty("unresolvable").GetInt32(),
            parsed.GetProperty("submitted").GetInt32(), parsed.GetProperty("plainSms").GetInt32(), parsed.GetProperty("basicEdition").GetInt32()));
        var taskId = created.GetProperty("sendTask").GetProperty("id").GetString()!;
        await story.WaitForAsync(taskId, t => SendTaskScenario.Finished(t) && SendTaskScenario.Progress(t, "delivered") == 2);

        var recipients = await story.AsTenant.QueryAsync($$"""
            { node(id: "{{taskId}}") { ... on SendTask { numbers { basicEdition } recipients(where: { channel: { eq: BASIC_EDITION } }) { nodes { phone state shortLinkCode } } } } }
            """);
        var fallback = Assert.Single(recipients.GetProperty("node").GetProperty("recipients").GetProperty("nodes").EnumerateArray());
        Assert.Equal(("+8617012345678", "DELIVERED"), (fallback.GetProperty("phone").GetString(), fallback.GetProperty("state").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, fallback.GetProperty("shortLinkCode").ValueKind);
        Assert.Equal(1, recipients.GetProperty("node").GetProperty("numbers").GetProperty("basicEdition").GetInt32());

        var key = SendTaskScenario.Key(taskId);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var sent = await db.Set<SandboxMessage>().Where(m => m.TaskId == key).ToListAsync();
        var text = Assert.Single(sent, m => m.Channel == RecipientChannel.BasicEdition);
        Assert.Null(text.ShortLinkUrl);
        Assert.Equal("【示例科技】您的订单C3已发货，查看详情 ", text.Text);
        Assert.DoesNotContain("https://", text.Text);
        Assert.NotNull(Assert.Single(sent, m => m.Channel == RecipientChannel.Smart).ShortLinkUrl);
        // Only the card's recipient has a short link.
        Assert.Equal(1, await db.Set<ShortLink>().IgnoreQueryFilters().CountAsync(l => l.TaskId == key));
    }
}
