using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using KooMessage.Platform.Events;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Messaging;

/// <summary>Configuring messaging end to end over HTTP: app → signature → template → estimate, with review events.</summary>
public sealed class MessagingStoryTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task Filing_app_signature_template_estimate_with_a_review_event_for_every_transition()
    {
        var events = new ConcurrentQueue<ReviewStatusChanged>();
        using var subscription = Host.Services.GetRequiredService<IEventBus>().Observe<ReviewStatusChanged>(ReviewStatusChanged.Topic)
            .Subscribe(new CollectingObserver(events));

        var story = await MessagingScenario.StartAsync(Host);
        var app = await story.CreateAppAsync();
        var signature = await story.ApprovedSignatureAsync(app);
        var template = await story.ApprovedTemplateAsync(app, signature);

        var data = await story.AsTenant.QueryAsync($$"""
            { node(id: "{{template}}") { ... on SmsTemplate { status usable estimatedLength estimatedSegments signature { name usable } app { name } } } }
            """);
        var node = data.GetProperty("node");
        Assert.Equal("ACTIVE", node.GetProperty("status").GetString());
        Assert.True(node.GetProperty("usable").GetBoolean());
        // 【示例科技】 (6) + 您的订单 (4) + 20 + 已发货，查看详情  (9) + kmsg.cn + 7 (14) = 53 → one UCS-2 part.
        Assert.Equal(53, node.GetProperty("estimatedLength").GetInt32());
        Assert.Equal(1, node.GetProperty("estimatedSegments").GetInt32());

        var estimate = await story.AsTenant.QueryAsync($$"""
            { estimateMessage(input: { signatureId: "{{signature}}", content: "{{new string('好', 64)}}", variables: [] }) { characters segments encoding } }
            """);
        Assert.Equal(70, estimate.GetProperty("estimateMessage").GetProperty("characters").GetInt32());
        Assert.Equal(1, estimate.GetProperty("estimateMessage").GetProperty("segments").GetInt32());
        Assert.Equal("UCS_2", estimate.GetProperty("estimateMessage").GetProperty("encoding").GetString());

        // Filing, signature and template each went DRAFT→PENDING→APPROVED; events arrive asynchronously.
        await Eventually.TrueAsync(() => events.Count >= 6, "the six review transitions' events");
        var transitions = events.Select(e => $"{e.SubjectKind}:{e.From}->{e.To}").ToList();
        foreach (var kind in new[] { "Filing", "SmsSignature", "SmsTemplate" })
        {
            Assert.Contains($"{kind}:Draft->Pending", transitions);
            Assert.Contains($"{kind}:Pending->Approved", transitions);
        }
    }

    [Fact]
    public async Task Apps_need_an_approved_filing_and_stop_at_two()
    {
        var noFiling = await FilingScenario.StartAsync(Host, "nofiling");
        var refused = await noFiling.AsTenant.TryMutateAsync("createSmsApp", """{ name: "app" }""", "smsApp { id }");
        Assert.Equal("PreconditionFailedError", refused.ErrorType());

        var story = await MessagingScenario.StartAsync(Host, "twoapps");
        var badName = await story.AsTenant.TryMutateAsync("createSmsApp", $"{{ name: \"{new string('a', 31)}\" }}", "smsApp { id }", "... on ValidationError { field }");
        Assert.Equal("name", badName.ErrorField());
        await story.CreateAppAsync("一号");
        await story.CreateAppAsync("二号");
        var third = await story.AsTenant.TryMutateAsync("createSmsApp", """{ name: "三号" }""", "smsApp { id }");
        Assert.Equal("LimitExceededError", third.ErrorType());
        Assert.Equal(2, (await story.AsTenant.QueryAsync("{ smsApps { totalCount } }")).GetProperty("smsApps").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Signature_rules_are_enforced_and_nothing_is_written()
    {
        var story = await MessagingScenario.StartAsync(Host, "sigrules");
        var app = await story.CreateAppAsync();
        Assert.Equal("name", (await story.TryCreateSignatureAsync(app, "【示例】")).ErrorField());
        Assert.Equal("name", (await story.TryCreateSignatureAsync(app, "示")).ErrorField());
        Assert.Equal("name", (await story.TryCreateSignatureAsync(app, new string('示', 17))).ErrorField());
        Assert.Equal("NotFoundError", (await story.TryCreateSignatureAsync("U21zQXBwOjAxOTAwMDAwMDAwMDcwMDA4MDAwMDAwMDAwMDAwMDAw", "示例科技")).ErrorType());
        Assert.Equal(0, (await story.AsTenant.QueryAsync("{ smsSignatures { totalCount } }")).GetProperty("smsSignatures").GetProperty("totalCount").GetInt32());

        (await story.TryCreateSignatureAsync(app, "示例科技")).AssertNoErrors();
        Assert.Equal("ConflictError", (await story.TryCreateSignatureAsync(app, "示例科技")).ErrorType());
        (await story.TryCreateSignatureAsync(app, "示例科技", "PROMOTION")).AssertNoErrors();

        var thirdParty = await story.AsTenant.TryMutateAsync("createSmsSignature",
            $$"""{ appId: "{{app}}", name: "合作伙伴", type: NOTIFICATION, source: TRADEMARK, involvesThirdParty: true }""",
            "smsSignature { id }", "... on ValidationError { field }");
        Assert.Equal("licenseFileId", thirdParty.ErrorField());
    }

    [Fact]
    public async Task An_approved_signature_cannot_be_edited_but_a_rejected_one_can_and_goes_back_to_review()
    {
        var story = await MessagingScenario.StartAsync(Host, "sigedit");
        var app = await story.CreateAppAsync();
        var approved = await story.ApprovedSignatureAsync(app, "已审核");
        string Update(string id, string name) => $$"""{ id: "{{id}}", name: "{{name}}", type: NOTIFICATION, source: ENTERPRISE_NAME, involvesThirdParty: false }""";
        var refused = await story.AsTenant.TryMutateAsync("updateSmsSignature", Update(approved, "改名"), "smsSignature { id }");
        Assert.Equal("InvalidStateError", refused.ErrorType());

        var pending = (await story.TryCreateSignatureAsync(app, "待驳回")).GetProperty("smsSignature").GetProperty("id").GetString()!;
        await story.Filing.RejectAsync(pending, "与营业执照不符");
        var resubmitted = await story.AsTenant.MutateAsync("updateSmsSignature", Update(pending, "已修改"), "smsSignature { name reviewStatus }");
        Assert.Equal("PENDING", resubmitted.GetProperty("smsSignature").GetProperty("reviewStatus").GetString());
        Assert.Equal("已修改", resubmitted.GetProperty("smsSignature").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Template_rules_name_the_field_and_write_nothing()
    {
        var story = await MessagingScenario.StartAsync(Host, "tplrules");
        var app = await story.CreateAppAsync();
        var signature = await story.ApprovedSignatureAsync(app);
        var pendingSignature = (await story.TryCreateSignatureAsync(app, "未审核")).GetProperty("smsSignature").GetProperty("id").GetString()!;
        var otherApp = await story.CreateAppAsync("另一个");
        var otherSignature = await story.ApprovedSignatureAsync(otherApp, "另一签名");

        async Task<string> Refusal(string input)
        {
            var payload = await story.TryCreateTemplateAsync(input);
            Assert.True(payload.HasErrors());
            return $"{payload.ErrorType()}:{payload.ErrorField()}";
        }

        var vars = MessagingScenario.SmartVariables;
        Assert.Equal("ValidationError:content", await Refusal(MessagingScenario.TemplateInput(app, signature, "订单${1}${2}", vars)));
        Assert.Equal("ValidationError:content", await Refusal(MessagingScenario.TemplateInput(app, signature, "${1} ${2}", vars)));
        Assert.Equal("ValidationError:variables", await Refusal(MessagingScenario.TemplateInput(app, signature, "订单${1}已发货", "{ index: 1, type: TEXT, maxLength: 10 }")));
        Assert.Equal("ValidationError:content", await Refusal(MessagingScenario.TemplateInput(app, signature, "大促${1}开始 ${2}", vars, type: "PROMOTION")));
        Assert.Equal("ValidationError:variables[0].maxLength",
            await Refusal(MessagingScenario.TemplateInput(app, signature, "电话${1}，详情 ${2}", "{ index: 1, type: PHONE, maxLength: 16 }, { index: 2, type: SHORT_LINK, maxLength: 0 }")));
        Assert.Equal("ValidationError:name", await Refusal(MessagingScenario.TemplateInput(app, signature, MessagingScenario.SmartTemplateContent, vars, name: new string('名', 31))));
        Assert.Equal("PreconditionFailedError:", await Refusal(MessagingScenario.TemplateInput(app, pendingSignature, MessagingScenario.SmartTemplateContent, vars)));
        Assert.Equal("ValidationError:signatureId", await Refusal(MessagingScenario.TemplateInput(app, otherSignature, MessagingScenario.SmartTemplateContent, vars)));
        Assert.Equal(0, (await story.AsTenant.QueryAsync("{ smsTemplates { totalCount } }")).GetProperty("smsTemplates").GetProperty("totalCount").GetInt32());

        var intruder = await MessagingScenario.StartAsync(Host, "tplintruder");
        var intruderApp = await intruder.CreateAppAsync();
        var foreign = await intruder.TryCreateTemplateAsync(MessagingScenario.TemplateInput(intruderApp, signature, MessagingScenario.SmartTemplateContent, vars));
        Assert.Equal("NotFoundError", foreign.ErrorType());
        var foreignApp = await intruder.TryCreateTemplateAsync(MessagingScenario.TemplateInput(app, signature, MessagingScenario.SmartTemplateContent, vars));
        Assert.Equal("NotFoundError", foreignApp.ErrorType());
    }

    [Fact]
    public async Task Reviewers_suspend_apps_and_deactivate_templates()
    {
        var story = await MessagingScenario.StartAsync(Host, "reviewer-ops");
        var app = await story.CreateAppAsync();
        var signature = await story.ApprovedSignatureAsync(app);
        var template = await story.ApprovedTemplateAsync(app, signature);

        var deactivated = await story.Reviewer.MutateAsync("deactivateSmsTemplate", $$"""{ id: "{{template}}" }""", "smsTemplate { status usable }");
        Assert.Equal("INACTIVE", deactivated.GetProperty("smsTemplate").GetProperty("status").GetString());
        Assert.Equal("InvalidStateError", (await story.Reviewer.TryMutateAsync("deactivateSmsTemplate", $$"""{ id: "{{template}}" }""", "smsTemplate { id }")).ErrorType());
        var reactivated = await story.Reviewer.MutateAsync("activateSmsTemplate", $$"""{ id: "{{template}}" }""", "smsTemplate { status }");
        Assert.Equal("ACTIVE", reactivated.GetProperty("smsTemplate").GetProperty("status").GetString());

        var suspended = await story.Reviewer.MutateAsync("suspendSmsApp", $$"""{ id: "{{app}}", reason: "投诉过多" }""", "smsApp { status suspendedReason }");
        Assert.Equal("SUSPENDED", suspended.GetProperty("smsApp").GetProperty("status").GetString());
        Assert.Equal("PreconditionFailedError", (await story.TryCreateSignatureAsync(app, "新签名")).ErrorType());
        await story.Reviewer.MutateAsync("resumeSmsApp", $$"""{ id: "{{app}}" }""", "smsApp { status }");

        var tenantTries = await story.AsTenant.PostAsync($$"""mutation { suspendSmsApp(input: {id: "{{app}}", reason: "x"}) { smsApp { id } } }""");
        Assert.Equal(HttpStatusCode.Forbidden, tenantTries.Status);
    }

    [Fact]
    public async Task Public_smart_templates_are_shared_and_tenant_templates_are_reviewed()
    {
        var story = await MessagingScenario.StartAsync(Host, "smart");
        var listed = await story.AsTenant.QueryAsync("{ smartTemplates(where: {public: {eq: true}}) { totalCount nodes { name usable reviewStatus } } }");
        Assert.Equal(3, listed.GetProperty("smartTemplates").GetProperty("totalCount").GetInt32());
        Assert.All(listed.GetProperty("smartTemplates").GetProperty("nodes").EnumerateArray(), n => Assert.True(n.GetProperty("usable").GetBoolean()));

        var image = await story.AsTenant.UploadIdAsync(TestFiles.Png(), "banner.png", "IMAGE");
        var created = await story.AsTenant.MutateAsync("createSmartTemplate", $$$"""
            { name: "会员日", parameters: [{ name: "member", description: "会员名" }],
              pages: [{ components: [{ type: TITLE, text: "{{member}}，会员日快乐" }, { type: IMAGE, imageFileId: "{{{image}}}" },
                                     { type: BUTTON, text: "领取", url: "https://example.cn/vip" }] }] }
            """, "smartTemplate { id reviewStatus public usable pages { components { type image { id } } } }");
        Assert.Equal("PENDING", created.GetProperty("smartTemplate").GetProperty("reviewStatus").GetString());
        Assert.False(created.GetProperty("smartTemplate").GetProperty("usable").GetBoolean());

        var invalid = await story.AsTenant.TryMutateAsync("createSmartTemplate", """
            { name: "一个名字超过十七个字的智能信息模板名称", parameters: [],
              pages: [{ components: [{ type: BUTTON, text: "打开", url: "http://insecure.example.cn" }, { type: TEXT, text: "你好{{who}}" }] }] }
            """, "smartTemplate { id }", "... on ValidationError { field }");
        var fields = invalid.ErrorFields();
        Assert.Contains("name", fields);
        Assert.Contains("pages[0].components[0].url", fields);
        Assert.Contains("pages[0].components[1].text", fields);
    }

    private sealed class CollectingObserver(ConcurrentQueue<ReviewStatusChanged> events) : IObserver<ReviewStatusChanged>
    {
        public void OnNext(ReviewStatusChanged value) => events.Enqueue(value);

        public void OnError(Exception error)
        {
        }

        public void OnCompleted()
        {
        }
    }
}
