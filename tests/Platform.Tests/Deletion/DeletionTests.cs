using System.Text.Json;
using KooMessage.Platform.Features.BasicEdition;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tests.Infrastructure;
using KooMessage.Platform.Tests.Reviews;

namespace KooMessage.Platform.Tests.Deletion;

/// <summary>
/// <c>delete</c> (删除) of every deletable kind: refused while in review, in force or in use (naming
/// what uses it), then a tombstone: gone from every query, its name free again, its review history readable.
/// </summary>
public sealed class DeletionTests(ServiceNumberFixture fixture) : IClassFixture<ServiceNumberFixture>
{
    private const string Errors = "... on NotFoundError { field } ... on InvalidStateError { state } ... on PreconditionFailedError { precondition }";

    private PlatformHost Host => fixture.Host;

    private static Task<JsonElement> DeleteAsync(GraphQLClient client, string id)
        => client.TryMutateAsync("delete", $$"""{ id: "{{id}}" }""", "deletedId", Errors);

    private static async Task DeletedAsync(GraphQLClient client, string id)
    {
        var payload = await DeleteAsync(client, id);
        payload.AssertNoErrors();
        Assert.Equal(id, payload.GetProperty("deletedId").GetString());
        Assert.Equal(JsonValueKind.Null, (await client.QueryAsync($$"""{ node(id: "{{id}}") { id } }""")).GetProperty("node").ValueKind);
        Assert.Equal("NotFoundError", (await DeleteAsync(client, id)).ErrorType());
    }

    /// <summary>The error's type and its state or precondition; the message must name <paramref name="user"/> when given.</summary>
    private static async Task<string> RefusalAsync(GraphQLClient client, string id, string? user = null)
    {
        var payload = await DeleteAsync(client, id);
        if (user is not null)
            Assert.Contains(user, payload.ErrorMessage());
        var error = payload.Error();
        var detail = error.TryGetProperty("state", out var state) ? state.GetString() : error.TryGetProperty("precondition", out var p) ? p.GetString() : error.GetProperty("field").GetString();
        return $"{payload.ErrorType()}:{detail}";
    }

    private static async Task<int> CountAsync(GraphQLClient client, string connection)
        => (await client.QueryAsync($"{{ {connection} {{ totalCount }} }}")).GetProperty(connection).GetProperty("totalCount").GetInt32();

    [Fact]
    public async Task Apps_signatures_and_templates_go_in_order_and_free_their_names_and_slots()
    {
        var story = await MessagingScenario.StartAsync(Host, "del-msg");
        var app = await story.CreateAppAsync("删除应用");
        await story.CreateAppAsync("第二个应用");
        var signature = await story.ApprovedSignatureAsync(app, "删除科技");
        var template = await story.ApprovedTemplateAsync(app, signature);

        Assert.Equal("PreconditionFailedError:NO_SIGNATURES", await RefusalAsync(story.AsTenant, app, "删除科技"));
        Assert.Equal("PreconditionFailedError:NO_TEMPLATES", await RefusalAsync(story.AsTenant, signature, "发货通知"));
        Assert.Equal("InvalidStateError:ACTIVE", await RefusalAsync(story.AsTenant, template));

        // A reviewer retires the template (INACTIVE): now it can go, and its review history stays readable.
        await story.Reviewer.MutateAsync("deactivateSmsTemplate", $$"""{ id: "{{template}}" }""", "smsTemplate { status }");
        await DeletedAsync(story.AsTenant, template);
        Assert.Equal(0, await CountAsync(story.AsTenant, "smsTemplates"));
        var history = await story.AsTenant.QueryAsync($$"""{ reviewHistory(subjectId: "{{template}}") { subjectId subjectKind from to } }""");
        Assert.Equal(["DRAFT->PENDING", "PENDING->APPROVED"], history.GetProperty("reviewHistory").EnumerateArray()
            .Select(e => $"{e.GetProperty("from").GetString()}->{e.GetProperty("to").GetString()}"));
        Assert.All(history.GetProperty("reviewHistory").EnumerateArray(), e => Assert.Equal(template, e.GetProperty("subjectId").GetString()));

        // The approved signature without templates goes; its name can be registered again.
        await DeletedAsync(story.AsTenant, signature);
        var again = await story.TryCreateSignatureAsync(app, "删除科技");
        again.AssertNoErrors();
        var pending = again.GetProperty("smsSignature").GetProperty("id").GetString()!;
        Assert.Equal("InvalidStateError:PENDING", await RefusalAsync(story.AsTenant, pending));
        (await WithdrawTests.WithdrawAsync(story.AsTenant, pending)).AssertNoErrors();
        await DeletedAsync(story.AsTenant, pending);

        // The app goes and its slot is free: a tenant at its limit of two can create another.
        await DeletedAsync(story.AsTenant, app);
        Assert.Equal(1, await CountAsync(story.AsTenant, "smsApps"));
        await story.CreateAppAsync("第三个应用");
        Assert.Equal(2, await CountAsync(story.AsTenant, "smsApps"));
    }

    [Fact]
    public async Task A_rejected_signature_goes_with_its_review_history_readable()
    {
        var story = await MessagingScenario.StartAsync(Host, "del-rej");
        var app = await story.CreateAppAsync("驳回应用");
        var signature = (await story.TryCreateSignatureAsync(app, "驳回科技")).GetProperty("smsSignature").GetProperty("id").GetString()!;
        Assert.Equal("InvalidStateError:PENDING", await RefusalAsync(story.AsTenant, signature));

        await story.Filing.RejectAsync(signature, "与营业执照不符");
        await DeletedAsync(story.AsTenant, signature);
        var history = await story.AsTenant.QueryAsync($$"""{ reviewHistory(subjectId: "{{signature}}") { from to } }""");
        Assert.Equal(["DRAFT->PENDING", "PENDING->REJECTED"], history.GetProperty("reviewHistory").EnumerateArray()
            .Select(e => $"{e.GetProperty("from").GetString()}->{e.GetProperty("to").GetString()}"));
        // Its name is free again.
        (await story.TryCreateSignatureAsync(app, "驳回科技")).AssertNoErrors();
    }

    [Fact]
    public async Task A_finished_tasks_statistics_read_the_same_after_it_is_deleted()
    {
        var story = await SendTaskScenario.StartAsync(Host, "del-stats");
        var task = await story.CreateAsync(story.Input(name: "统计保留", numbers: ["13800138000,A1", "13800138001,A2", "13800138002,A3"]));
        await story.WaitForAsync(task, t => SendTaskScenario.Finished(t) && SendTaskScenario.Progress(t, "delivered") == 3);
        var from = DateTime.UtcNow.Date.AddDays(-1);
        var input = new { from = from.ToString("O"), to = from.AddDays(3).ToString("O"), timeZone = "UTC", groupBy = new[] { "TASK", "CHANNEL" } };
        const string Statistics = "query($input: MessageStatisticsInput!) { messageStatistics(input: $input) { kind channel taskId submitted sent delivered failed skipped } }";
        var before = (await story.AsTenant.QueryAsync(Statistics, new { input })).GetProperty("messageStatistics").GetRawText();
        Assert.Contains(task, before);

        await DeletedAsync(story.AsTenant, task);
        Assert.Equal(before, (await story.AsTenant.QueryAsync(Statistics, new { input })).GetProperty("messageStatistics").GetRawText());
    }

    [Fact]
    public async Task Templates_and_cards_used_by_an_unfinished_task_stay_until_it_is_finished()
    {
        var story = await SendTaskScenario.StartAsync(Host, "del-task");
        var at = DateTime.UtcNow.AddMinutes(10).ToString("O");
        var task = await story.CreateAsync(story.Input(name: "定时任务").Replace("sendMode: IMMEDIATE", $"sendMode: SCHEDULED, scheduledAt: \"{at}\""));

        await story.Messaging.Reviewer.MutateAsync("deactivateSmsTemplate", $$"""{ id: "{{story.Template}}" }""", "smsTemplate { status }");
        Assert.Equal("PreconditionFailedError:NO_UNFINISHED_TASKS", await RefusalAsync(story.AsTenant, story.Template, "定时任务"));
        Assert.Equal("InvalidStateError:SCHEDULED", await RefusalAsync(story.AsTenant, task));
        Assert.Equal("InvalidStateError:PUBLIC", await RefusalAsync(story.AsTenant, SendTaskScenario.PublicSmartTemplate));
        // A send task's ID is not a video task's: the kind is part of what an ID names.
        Assert.Equal("NotFoundError:id", await RefusalAsync(story.AsTenant, GlobalId.Encode("VideoTask", GlobalIdKey(task))));

        await story.AsTenant.MutateAsync("cancelSendTask", $$"""{ id: "{{task}}" }""", "sendTask { status }");
        await DeletedAsync(story.AsTenant, task);
        Assert.Equal(0, await CountAsync(story.AsTenant, "sendTasks"));
        await DeletedAsync(story.AsTenant, story.Template);

        // A tenant's own card: PENDING until withdrawn, then deletable.
        var card = (await story.AsTenant.MutateAsync("createSmartTemplate", """
            { name: "会员日", parameters: [], pages: [{ components: [{ type: TITLE, text: "会员日快乐" }] }] }
            """, "smartTemplate { id }")).GetProperty("smartTemplate").GetProperty("id").GetString()!;
        Assert.Equal("InvalidStateError:PENDING", await RefusalAsync(story.AsTenant, card));
        (await WithdrawTests.WithdrawAsync(story.AsTenant, card)).AssertNoErrors();
        await DeletedAsync(story.AsTenant, card);
    }

    [Fact]
    public async Task Video_templates_go_once_withdrawn_and_public_ones_stay()
    {
        var story = await VideoTemplateScenario.StartAsync(Host, "del-video");
        var created = await story.CreateAsync(VideoTemplateScenario.TextFrames("您的订单#p_1#已发货"));
        created.AssertNoErrors();
        var template = created.GetProperty("videoTemplate").GetProperty("id").GetString()!;
        var before = await CountAsync(story.AsTenant, "videoTemplates");

        Assert.Equal("InvalidStateError:PENDING", await RefusalAsync(story.AsTenant, template));
        Assert.Equal("InvalidStateError:PUBLIC", await RefusalAsync(story.AsTenant, GlobalId.Encode("VideoTemplate", PublicVideoTemplates.Notice)));
        (await WithdrawTests.WithdrawAsync(story.AsTenant, template)).AssertNoErrors();
        await DeletedAsync(story.AsTenant, template);
        Assert.Equal(before - 1, await CountAsync(story.AsTenant, "videoTemplates"));
    }

    [Fact]
    public async Task Bound_channel_numbers_and_service_numbers_stay_until_unbound()
    {
        var story = await ServiceNumberScenario.StartAsync(Host, "del-sn");
        await story.ApprovedFilingAsync();
        var name = ServiceNumberScenario.UniqueName("删除");
        var (serviceNumber, _) = await story.ApprovedServiceNumberAsync(name);
        var channelNumber = await story.ApprovedChannelNumberAsync("ORDINARY", "10690009876", "示例银行");
        var binding = await story.BindAsync(serviceNumber, channelNumber, "NATIONWIDE");

        Assert.Equal("PreconditionFailedError:UNBOUND", await RefusalAsync(story.AsTenant, channelNumber, name));
        await story.WaitUntilEffectiveAsync(serviceNumber);
        Assert.Equal("InvalidStateError:EFFECTIVE", await RefusalAsync(story.AsTenant, serviceNumber));
        await story.AsTenant.MutateAsync("freezeServiceNumber", $$"""{ id: "{{serviceNumber}}", reason: "停用" }""", "serviceNumber { status }");
        Assert.Equal("PreconditionFailedError:UNBOUND", await RefusalAsync(story.AsTenant, serviceNumber, "10690009876"));

        await story.AsTenant.MutateAsync("unbindChannelNumber", $$"""{ id: "{{binding}}" }""", "unboundId: __typename");
        await DeletedAsync(story.AsTenant, channelNumber);
        // The number is free again (registering one needs an approved service number: the frozen one still counts).
        await story.ApprovedChannelNumberAsync("ORDINARY", "10690009876", "示例银行");
        await DeletedAsync(story.AsTenant, serviceNumber);
        Assert.Equal(0, await CountAsync(story.AsTenant, "serviceNumbers"));

        // The platform-wide name is free again; a new, never approved service number goes once withdrawn.
        var (reused, _) = await story.CreateServiceNumberAsync(name);
        Assert.Equal("InvalidStateError:PENDING", await RefusalAsync(story.AsTenant, reused));
        (await WithdrawTests.WithdrawAsync(story.AsTenant, reused)).AssertNoErrors();
        await DeletedAsync(story.AsTenant, reused);
    }

    [Fact]
    public async Task Another_tenants_items_are_not_found_exactly_like_missing_ones()
    {
        var owner = await MessagingScenario.StartAsync(Host, "del-owner");
        var app = await owner.CreateAppAsync();
        var intruder = await MessagingScenario.StartAsync(Host, "del-intruder");

        var foreign = await DeleteAsync(intruder.AsTenant, app);
        var missingId = GlobalId.Encode("SmsApp", Guid.CreateVersion7());
        var missing = await DeleteAsync(intruder.AsTenant, missingId);
        Assert.Equal(("NotFoundError", "id"), (foreign.ErrorType(), foreign.ErrorField()));
        Assert.Equal(missing.ErrorMessage().Replace(missingId, "ID"), foreign.ErrorMessage().Replace(app, "ID"));
        // IDs of kinds that cannot be deleted (a filing, a tenant) are not found either.
        Assert.Equal("NotFoundError", (await DeleteAsync(intruder.AsTenant, owner.Filing.Tenant.Id)).ErrorType());
        Assert.Equal(1, await CountAsync(owner.AsTenant, "smsApps"));
    }

    private static Guid GlobalIdKey(string id) => GlobalId.TryDecode(id, out _, out var key) ? key : throw new ArgumentException(id);
}
