using System.Text.Json;
using KooMessage.Platform.Features.ServiceNumbers;
using KooMessage.Platform.Tests.Infrastructure;
using static KooMessage.Platform.Tests.Infrastructure.ServiceNumberScenario;

namespace KooMessage.Platform.Tests.ServiceNumbers;

/// <summary>Revisions, activation, freezing and unfreezing of service numbers.</summary>
public sealed class ServiceNumberLifecycleTests(ServiceNumberFixture fixture) : IClassFixture<ServiceNumberFixture>
{
    private PlatformHost Host => fixture.Host;

    private const string State = "reviewStatus status frozenReason unfreezeRequested name liveProfile { name } hasApprovedRevision";

    private async Task<JsonElement> NodeAsync(ServiceNumberScenario story, string id, string selection = State)
        => (await story.AsTenant.QueryAsync($$"""{ node(id: "{{id}}") { ... on ServiceNumber { {{selection}} } } }""")).GetProperty("node");

    [Fact]
    public async Task An_edit_of_an_approved_service_number_keeps_the_approved_profile_live_until_approved()
    {
        var story = await StartAsync(Host, "sn-edit");
        await story.ApprovedFilingAsync();
        var original = UniqueName("原名");
        var (id, _) = await story.ApprovedServiceNumberAsync(original);
        await story.WaitUntilEffectiveAsync(id);

        var renamed = UniqueName("新名");
        var edit = await story.AsTenant.MutateAsync("updateServiceNumber",
            $$"""{ id: "{{id}}", {{ProfileFields(renamed, await story.UploadLogoAsync(), await story.UploadLetterAsync())}} }""", ServiceNumberSelection);
        var during = edit.GetProperty("serviceNumber");
        Assert.Equal(("PENDING", renamed, original), (during.GetProperty("reviewStatus").GetString(), during.GetProperty("name").GetString(),
            during.GetProperty("liveProfile").GetProperty("name").GetString()));
        Assert.Equal("EFFECTIVE", during.GetProperty("status").GetString());

        var underReview = await story.AsTenant.TryMutateAsync("updateServiceNumber",
            $$"""{ id: "{{id}}", {{ProfileFields(UniqueName(), await story.UploadLogoAsync(), await story.UploadLetterAsync())}} }""", ServiceNumberSelection, SaveErrors);
        Assert.Equal("InvalidStateError", underReview.ErrorType());

        await story.Filing.RejectAsync(id, "名称不符合规范");
        var rejected = await NodeAsync(story, id);
        Assert.Equal(("REJECTED", original), (rejected.GetProperty("reviewStatus").GetString(), rejected.GetProperty("liveProfile").GetProperty("name").GetString()));

        await story.AsTenant.MutateAsync("updateServiceNumber",
            $$"""{ id: "{{id}}", {{ProfileFields(renamed, await story.UploadLogoAsync(), await story.UploadLetterAsync())}} }""", ServiceNumberSelection);
        await story.ApproveAsync(id);
        Assert.Equal(renamed, (await NodeAsync(story, id)).GetProperty("liveProfile").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_rejected_menu_revision_leaves_the_live_menu_and_is_fixed_in_place()
    {
        var story = await StartAsync(Host, "sn-menu-rev");
        await story.ApprovedFilingAsync();
        var (id, _) = await story.ApprovedServiceNumberAsync();
        var first = await story.SaveMenuAsync(id);
        await story.ApproveAsync(first);

        var second = await story.SaveMenuAsync(id, """[{ name: "热线", action: CALL, phoneNumber: "95555" }]""");
        var busy = await story.TrySaveMenuAsync(id, "[]");
        Assert.Equal("InvalidStateError", busy.ErrorType());
        await story.Filing.RejectAsync(second, "热线号码未备案");

        const string Menus = "menu { id revision } pendingMenu { id revision reviewStatus rejectionReason }";
        var afterReject = await NodeAsync(story, id, Menus);
        Assert.Equal(first, afterReject.GetProperty("menu").GetProperty("id").GetString());
        Assert.Equal(("REJECTED", "热线号码未备案"), (afterReject.GetProperty("pendingMenu").GetProperty("reviewStatus").GetString(),
            afterReject.GetProperty("pendingMenu").GetProperty("rejectionReason").GetString()));

        // Saving again edits the rejected revision (same id, same number) and resubmits it.
        Assert.Equal(second, await story.SaveMenuAsync(id, """[{ name: "热线", action: CALL, phoneNumber: "95588" }]"""));
        var resubmitted = await NodeAsync(story, id, Menus);
        Assert.Equal((2, "PENDING"), (resubmitted.GetProperty("pendingMenu").GetProperty("revision").GetInt32(), resubmitted.GetProperty("pendingMenu").GetProperty("reviewStatus").GetString()));
        await story.ApproveAsync(second);
        var live = await NodeAsync(story, id, Menus);
        Assert.Equal((second, JsonValueKind.Null), (live.GetProperty("menu").GetProperty("id").GetString(), live.GetProperty("pendingMenu").ValueKind));
    }

    [Fact]
    public async Task Freezing_takes_effect_at_once_and_only_a_reviewed_request_lifts_it()
    {
        var story = await StartAsync(Host, "sn-freeze");
        await story.ApprovedFilingAsync();
        var (pending, _) = await story.CreateServiceNumberAsync();
        var tooEarly = await story.AsTenant.TryMutateAsync("freezeServiceNumber", $$"""{ id: "{{pending}}", reason: "调整" }""", "serviceNumber { id }",
            Errors("ValidationError", "NotFoundError", "InvalidStateError"));
        Assert.Equal("InvalidStateError", tooEarly.ErrorType());

        var (id, _) = await story.ApprovedServiceNumberAsync();
        await story.WaitUntilEffectiveAsync(id);
        var noReason = await story.AsTenant.TryMutateAsync("freezeServiceNumber", $$"""{ id: "{{id}}", reason: " " }""", "serviceNumber { id }",
            Errors("ValidationError", "NotFoundError", "InvalidStateError"));
        Assert.Equal(("ValidationError", "reason"), (noReason.ErrorType(), noReason.ErrorField()));
        Assert.Equal("EFFECTIVE", await story.StatusAsync(id));

        var notFrozen = await story.AsTenant.TryMutateAsync("unfreezeServiceNumber", $$"""{ id: "{{id}}" }""", "serviceNumber { id }", Errors("InvalidStateError"));
        Assert.Equal("InvalidStateError", notFrozen.ErrorType());

        var frozen = (await story.AsTenant.MutateAsync("freezeServiceNumber", $$"""{ id: "{{id}}", reason: "品牌升级暂停" }""", $"serviceNumber {{ {State} }}")).GetProperty("serviceNumber");
        Assert.Equal(("FROZEN", "品牌升级暂停"), (frozen.GetProperty("status").GetString(), frozen.GetProperty("frozenReason").GetString()));

        var requested = (await story.AsTenant.MutateAsync("unfreezeServiceNumber", $$"""{ id: "{{id}}" }""", $"serviceNumber {{ {State} }}")).GetProperty("serviceNumber");
        Assert.Equal(("PENDING", true, "FROZEN"), (requested.GetProperty("reviewStatus").GetString(), requested.GetProperty("unfreezeRequested").GetBoolean(),
            requested.GetProperty("status").GetString()));
        var ticket = await story.Reviewer.QueryAsync($$$"""{ reviewQueue(where: {tenantId: {eq: "{{{story.Tenant.Id}}}"}, kind: {eq: SERVICE_NUMBER}}) { nodes { title } } }""");
        Assert.Contains(ticket.GetProperty("reviewQueue").GetProperty("nodes").EnumerateArray(),
            n => n.GetProperty("title").GetString()!.StartsWith("Unfreeze service number", StringComparison.Ordinal));

        // A rejected request leaves it frozen.
        await story.Filing.RejectAsync(id, "理由不充分");
        var stillFrozen = await NodeAsync(story, id);
        Assert.Equal(("FROZEN", false), (stillFrozen.GetProperty("status").GetString(), stillFrozen.GetProperty("unfreezeRequested").GetBoolean()));

        await story.AsTenant.MutateAsync("unfreezeServiceNumber", $$"""{ id: "{{id}}" }""", "serviceNumber { id }");
        await story.ApproveAsync(id);
        var lifted = await NodeAsync(story, id);
        Assert.Equal(JsonValueKind.Null, lifted.GetProperty("frozenReason").ValueKind);
        await story.WaitUntilEffectiveAsync(id);
    }

    [Fact]
    public async Task The_activation_job_waits_for_the_configured_delay()
    {
        var story = await StartAsync(Host, "sn-delay");
        await story.ApprovedFilingAsync();
        var (id, _) = await story.ApprovedServiceNumberAsync();
        var approvedAt = (await NodeAsync(story, id, "firstApprovedAt")).GetProperty("firstApprovedAt").GetDateTime();
        await story.WaitUntilEffectiveAsync(id);
        var effectiveAt = (await NodeAsync(story, id, "effectiveAt")).GetProperty("effectiveAt").GetDateTime();
        Assert.True(effectiveAt - approvedAt >= TimeSpan.FromSeconds(1), $"approved {approvedAt:O}, effective {effectiveAt:O}");
    }

    [Fact]
    public async Task With_the_default_delay_a_fresh_approval_stays_not_effective()
    {
        await using var host = await PlatformHost.StartAsync(new Dictionary<string, string?> { ["ServiceNumbers:ActivationInterval"] = "00:00:00.100" });
        var story = await StartAsync(host, "sn-24h");
        await story.ApprovedFilingAsync();
        var (id, _) = await story.ApprovedServiceNumberAsync();
        var job = host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<ServiceNumberActivationJob>().Single();
        await Task.Delay(500);
        Assert.Equal(0, await job.ActivateDueAsync(CancellationToken.None));
        Assert.Equal("NOT_EFFECTIVE", await story.StatusAsync(id));
    }
}
