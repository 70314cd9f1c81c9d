using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.BasicEdition;

/// <summary>
/// The 视频短信承诺函 variants (issue 18 item 6): 动参, 短链 and 二维码 are distinct documents of the BASIC_EDITION
/// filing, and a video task needs the variant of each feature its template's approved revision uses.
/// </summary>
public sealed class VideoCommitmentLetterTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private const string DynamicLetter = "VIDEO_SMS_COMMITMENT_LETTER_DYNAMIC_PARAMETERS";
    private const string LinkLetter = "VIDEO_SMS_COMMITMENT_LETTER_SHORT_LINK";
    private const string QrLetter = "VIDEO_SMS_COMMITMENT_LETTER_QR_CODE";

    [Fact]
    public async Task Each_feature_the_template_uses_needs_its_own_letter_in_the_approved_filing()
    {
        var templates = await VideoTemplateScenario.StartAsync(fixture.Host, "video-letter");
        var filingId = await templates.Filing.ApprovedBasicEditionFilingAsync(videoLetters: [DynamicLetter]);

        var plain = await ApprovedAsync(templates, VideoTemplateScenario.TextFrames("您的订单已发货"), qrCode: false);
        var dynamic = await ApprovedAsync(templates, VideoTemplateScenario.TextFrames("尊敬的#p_1#，您的订单已发货"), qrCode: false);
        var linked = await ApprovedAsync(templates, VideoTemplateScenario.TextFrames("详情见 https://example.cn/o"), qrCode: false);
        var withQr = await ApprovedAsync(templates, VideoTemplateScenario.TextFrames("扫码查看"), qrCode: true);

        var features = await templates.AsTenant.QueryAsync($$"""{ node(id: "{{linked}}") { ... on VideoTemplate { features approvedFeatures containsQrCode } } }""");
        Assert.Equal(["SHORT_LINK"], features.GetProperty("node").GetProperty("approvedFeatures").EnumerateArray().Select(f => f.GetString()));

        var story = new VideoTaskScenario(templates, plain);
        (await story.TryCreateAsync(story.Input(numbers: ["13800138000"]))).AssertNoErrors();
        (await story.TryCreateAsync(story.Input(numbers: ["13800138000,张三"], template: dynamic))).AssertNoErrors();

        foreach (var (template, letter) in new[] { (linked, LinkLetter), (withQr, QrLetter) })
        {
            var refused = await story.TryCreateAsync(story.Input(name: "缺少承诺函", numbers: ["13800138000"], template: template));
            Assert.Equal(("PreconditionFailedError", letter), (refused.ErrorType(), refused.Error().GetProperty("precondition").GetString()));
        }
        var tasks = await story.AsTenant.QueryAsync("""{ videoTasks(where: {name: {eq: "缺少承诺函"}}) { totalCount } }""");
        Assert.Equal(0, tasks.GetProperty("videoTasks").GetProperty("totalCount").GetInt32());

        // Once a revision of the filing with both letters is approved, the same templates send.
        await templates.Filing.SaveBasicEditionFilingAsync([DynamicLetter, LinkLetter, QrLetter]);
        (await templates.Filing.SubmitAsync(filingId)).AssertNoErrors();
        (await templates.Filing.ApproveAsync(filingId)).AssertNoErrors();
        (await story.TryCreateAsync(story.Input(numbers: ["13800138000"], template: linked))).AssertNoErrors();
        (await story.TryCreateAsync(story.Input(numbers: ["13800138000"], template: withQr))).AssertNoErrors();
    }

    [Fact]
    public async Task The_variants_are_single_documents_of_the_basic_edition_filing_only()
    {
        var filing = await FilingScenario.StartAsync(fixture.Host, "video-letter-doc");
        var letter = await filing.AsTenant.UploadIdAsync(TestFiles.Pdf(), "视频短信承诺函.pdf", "LETTER");
        var twice = await filing.AsTenant.TryMutateAsync("saveFiling",
            $$"""{ productArea: BASIC_EDITION, documents: [{ type: {{LinkLetter}}, fileId: "{{letter}}" }, { type: {{LinkLetter}}, fileId: "{{letter}}" }] }""",
            "filing { id }", "... on ValidationError { field }");
        Assert.Equal(("ValidationError", "documents[1].type"), (twice.ErrorType(), twice.ErrorField()));
        var elsewhere = await filing.AsTenant.TryMutateAsync("saveFiling",
            $$"""{ productArea: SMART_MESSAGE, kinds: [SEND_TASK], documents: [{ type: {{QrLetter}}, fileId: "{{letter}}" }] }""",
            "filing { id }", "... on ValidationError { field }");
        Assert.Equal(("ValidationError", "documents[0].type"), (elsewhere.ErrorType(), elsewhere.ErrorField()));
    }

    private static async Task<string> ApprovedAsync(VideoTemplateScenario templates, string frames, bool qrCode)
    {
        var created = await templates.AsTenant.TryMutateAsync("createVideoTemplate",
            $"{{ name: \"承诺函\", title: \"通知\", frames: {frames}, containsQrCode: {(qrCode ? "true" : "false")} }}",
            "videoTemplate { id }", VideoTemplateScenario.ErrorSelection);
        created.AssertNoErrors();
        var id = created.GetProperty("videoTemplate").GetProperty("id").GetString()!;
        (await templates.Filing.ApproveAsync(id)).AssertNoErrors();
        return id;
    }
}
