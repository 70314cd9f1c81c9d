using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.BasicEdition;

/// <summary>Video templates over HTTP: create, review, revisions, public templates, isolation and the bad inputs of the issue.</summary>
public sealed class VideoTemplateTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task A_template_is_reviewed_and_an_edit_of_the_approved_one_is_a_revision_while_the_approved_one_stays_in_force()
    {
        var story = await VideoTemplateScenario.StartAsync(Host, "vt");
        var created = await story.CreateAsync(await story.FramesWithMediaAsync());
        created.AssertNoErrors();
        var template = created.GetProperty("videoTemplate");
        var id = template.GetProperty("id").GetString()!;
        Assert.Equal("PENDING", template.GetProperty("reviewStatus").GetString());
        Assert.Equal(0, template.GetProperty("parameters").GetArrayLength());
        var resources = template.GetProperty("frames")[0].GetProperty("resources");
        Assert.Equal(("IMAGE", "JPEG"), (resources[0].GetProperty("kind").GetString(), resources[0].GetProperty("file").GetProperty("kind").GetString()));
        Assert.Equal("MPEG", resources[1].GetProperty("file").GetProperty("kind").GetString());

        var tickets = await story.Filing.Reviewer.QueryAsync("{ reviewQueue(where: { kind: { eq: VIDEO_TEMPLATE } }) { totalCount } }");
        Assert.True(tickets.GetProperty("reviewQueue").GetProperty("totalCount").GetInt32() >= 1);
        (await story.Filing.ApproveAsync(id)).AssertNoErrors();

        var revised = await story.UpdateAsync(id, VideoTemplateScenario.TextFrames("#p_1#，新品上市"), title: "新品通知");
        revised.AssertNoErrors();
        var revision = revised.GetProperty("videoTemplate");
        Assert.Equal(("PENDING", true, "发货通知", "新品通知"), (revision.GetProperty("reviewStatus").GetString(), revision.GetProperty("hasApprovedRevision").GetBoolean(),
            revision.GetProperty("approvedTitle").GetString(), revision.GetProperty("title").GetString()));
        Assert.Equal([1, 2], revision.GetProperty("parameters").EnumerateArray().Select(p => p.GetInt32()));

        (await story.Filing.RejectAsync(id, "图片不清晰")).AssertNoErrors();
        var after = await story.AsTenant.QueryAsync($$"""{ node(id: "{{id}}") { ... on VideoTemplate { reviewStatus hasApprovedRevision approvedTitle parameters } } }""");
        Assert.Equal(("REJECTED", true, "发货通知"), (after.GetProperty("node").GetProperty("reviewStatus").GetString(),
            after.GetProperty("node").GetProperty("hasApprovedRevision").GetBoolean(), after.GetProperty("node").GetProperty("approvedTitle").GetString()));

        var pending = await story.UpdateAsync(id, VideoTemplateScenario.TextFrames("#p_1#"));
        pending.AssertNoErrors();
        var locked = await story.UpdateAsync(id, VideoTemplateScenario.TextFrames("#p_1#"));
        Assert.Equal("InvalidStateError", locked.ErrorType());
    }

    [Fact]
    public async Task Public_templates_are_seen_by_every_tenant_and_changed_by_none_while_tenant_templates_stay_private()
    {
        var first = await VideoTemplateScenario.StartAsync(Host, "vt-a");
        var second = await VideoTemplateScenario.StartAsync(Host, "vt-b");
        var mine = (await first.CreateAsync(VideoTemplateScenario.TextFrames("#p_1#"), name: "私有模板")).GetProperty("videoTemplate").GetProperty("id").GetString()!;

        const string query = """{ videoTemplates(where: { public: { eq: true } }, order: [{ name: ASC }]) { totalCount nodes { id name approvedTitle parameters } } }""";
        var seenByFirst = (await first.AsTenant.QueryAsync(query)).GetProperty("videoTemplates");
        var seenBySecond = (await second.AsTenant.QueryAsync(query)).GetProperty("videoTemplates");
        Assert.Equal(2, seenByFirst.GetProperty("totalCount").GetInt32());
        Assert.Equal(seenByFirst.ToString(), seenBySecond.ToString());
        Assert.Equal([1, 2], seenByFirst.GetProperty("nodes")[0].GetProperty("parameters").EnumerateArray().Select(p => p.GetInt32()));

        var publicId = seenByFirst.GetProperty("nodes")[0].GetProperty("id").GetString()!;
        var changed = await first.UpdateAsync(publicId, VideoTemplateScenario.TextFrames("改"));
        Assert.Equal("InvalidStateError", changed.ErrorType());

        var all = await second.AsTenant.QueryAsync("{ videoTemplates { totalCount } }");
        Assert.Equal(2, all.GetProperty("videoTemplates").GetProperty("totalCount").GetInt32());
        var foreign = await second.UpdateAsync(mine, VideoTemplateScenario.TextFrames("#p_1#"));
        Assert.Equal(("NotFoundError", "id"), (foreign.ErrorType(), foreign.ErrorField()));
        Assert.Equal(JsonValueKind.Null, (await second.AsTenant.QueryAsync($$"""{ node(id: "{{mine}}") { id } }""")).GetProperty("node").ValueKind);

        var foreignImage = await first.UploadAsync(TestImages.Png(100, 100), "a.png");
        var stolen = await second.CreateAsync($$"""[{ resources: [{ kind: IMAGE, fileId: "{{foreignImage}}" }] }]""");
        Assert.Equal(("NotFoundError", "frames[0].resources[0].fileId"), (stolen.ErrorType(), stolen.ErrorField()));
    }

    [Fact]
    public async Task The_bad_inputs_of_the_issue_are_typed_errors_naming_the_field_and_store_nothing()
    {
        var story = await VideoTemplateScenario.StartAsync(Host, "vt-bad");
        var half = await story.UploadAsync(TestMedia.Mp4(640, 360, 9000, mediaBytes: 1536 * 1024), "half.mp4");
        var audio = await story.UploadAsync(TestMedia.Wav(500), "a.wav");
        var letter = await story.AsTenant.UploadIdAsync(TestImages.Png(100, 100), "logo.png", "IMAGE");
        var renamed = await story.AsTenant.UploadAsync(TestFiles.Executable(), "clip.mp4", "VIDEO_SMS_RESOURCE");
        Assert.Equal("ValidationError", renamed.ErrorType());

        async Task Refused(string frames, string field, string? title = null, string? contains = null)
        {
            var payload = await story.CreateAsync(frames, title: title ?? "发货通知");
            Assert.Contains(field, payload.ErrorFields());
            if (contains is not null)
                Assert.Contains(contains, string.Join(" ", payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString())));
            Assert.Equal(JsonValueKind.Null, payload.GetProperty("videoTemplate").ValueKind);
        }

        await Refused($$"""[{ resources: [{ kind: VIDEO, fileId: "{{half}}" }] }, { resources: [{ kind: VIDEO, fileId: "{{half}}" }] }]""", "frames", contains: "at most 2097152 bytes");
        await Refused("[" + string.Join(", ", Enumerable.Repeat("""{ resources: [{ kind: TEXT, text: "a" }] }""", 9)) + "]", "frames");
        await Refused("[{ resources: [" + string.Join(", ", Enumerable.Repeat("""{ kind: TEXT, text: "a" }""", 11)) + "] }]", "frames[0].resources");
        await Refused(VideoTemplateScenario.TextFrames("#p_0# 你好"), "frames[0].resources[0].text");
        await Refused(VideoTemplateScenario.TextFrames("#p_101# 你好"), "frames[0].resources[0].text");
        await Refused(VideoTemplateScenario.TextFrames("你好"), "title", title: "【示例】通知");
        await Refused($$"""[{ resources: [{ kind: IMAGE, fileId: "{{audio}}" }] }]""", "frames[0].resources[0].fileId");
        await Refused($$"""[{ resources: [{ kind: IMAGE, fileId: "{{letter}}" }] }]""", "frames[0].resources[0].fileId", contains: "VIDEO_SMS_RESOURCE");
        await Refused("""[{ resources: [{ kind: AUDIO }] }]""", "frames[0].resources[0].fileId");

        var stored = await story.AsTenant.QueryAsync("{ videoTemplates(where: { public: { eq: false } }) { totalCount } }");
        Assert.Equal(0, stored.GetProperty("videoTemplates").GetProperty("totalCount").GetInt32());
    }
}
