using System.Text.Json;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>The steps of the filing story, shared by tests: profile, documents, filing, review.</summary>
public sealed class FilingScenario(IPlatformInstance host, TestTenant tenant, GraphQLClient reviewer)
{
    public const string ValidCreditCode = "91110000600037341L";
    public const string FilingSelection = "filing { id reviewStatus hasApprovedRevision rejectionReason kinds documents { type file { id } } approvedDocuments { type file { id } } }";

    public TestTenant Tenant => tenant;

    public GraphQLClient AsTenant { get; } = host.As(tenant.Key);

    public GraphQLClient Reviewer => reviewer;

    /// <summary>Starts a scenario with a fresh tenant and a fresh reviewer key.</summary>
    public static async Task<FilingScenario> StartAsync(IPlatformInstance host, string slugStem = "filer")
    {
        var tenant = await TestTenant.CreateAsync(host.Admin(), Slugs.New(slugStem));
        var reviewerKey = await host.Admin().MutateAsync("createApiKey", """{ name: "reviewer", role: PLATFORM_REVIEWER }""", "secret");
        return new FilingScenario(host, tenant, host.As(reviewerKey.GetProperty("secret").GetString()!));
    }

    public async Task SaveProfileAsync()
    {
        var license = await AsTenant.UploadIdAsync(TestFiles.Png(), "license.png", "IMAGE");
        await AsTenant.MutateAsync("saveEnterpriseProfile", ProfileInput(ValidCreditCode, license), "enterpriseProfile { id }");
    }

    public static string ProfileInput(string creditCode, string licenseFileId) => $$"""
        { name: "深圳市示例科技有限公司", certificateType: THREE_IN_ONE, creditCode: "{{creditCode}}", contactName: "王五",
          contactPhone: "+86 138 0013 8000", contactEmail: "ops@example.cn", enterpriseType: PRIVATE, industry: "软件和信息技术服务业",
          businessLicenseFileId: "{{licenseFileId}}" }
        """;

    /// <summary>
    /// Uploads the two required letters (and, complete, the 公司关系授权函 the scenario's signatures need: they are not the
    /// enterprise name) and saves a SMART_MESSAGE filing with them; returns the payload.
    /// </summary>
    public async Task<JsonElement> SaveSmartMessageFilingAsync(bool complete = true, bool companyRelationshipLetter = true)
    {
        var commitment = await AsTenant.UploadIdAsync(TestFiles.Pdf(), "素材承诺函.pdf", "LETTER");
        var documents = new List<string> { $$"""{ type: MATERIAL_COMMITMENT_LETTER, fileId: "{{commitment}}" }""" };
        if (complete)
        {
            var authorization = await AsTenant.UploadIdAsync(TestFiles.Pdf(), "签名授权函.pdf", "LETTER");
            documents.Add($$"""{ type: SIGNATURE_AUTHORIZATION_LETTER, fileId: "{{authorization}}" }""");
        }
        if (complete && companyRelationshipLetter)
        {
            var relationship = await AsTenant.UploadIdAsync(TestFiles.Pdf(), "公司关系授权函.pdf", "LETTER");
            documents.Add($$"""{ type: COMPANY_RELATIONSHIP_LETTER, fileId: "{{relationship}}" }""");
        }
        return await AsTenant.MutateAsync("saveFiling",
            $"{{ productArea: SMART_MESSAGE, kinds: [SEND_TASK, SHORT_LINK], documents: [{string.Join(", ", documents)}] }}", FilingSelection);
    }

    /// <summary>The three 视频短信承诺函 variants a video template's features need (动参, 短链, 二维码).</summary>
    public static readonly string[] VideoLetters =
        ["VIDEO_SMS_COMMITMENT_LETTER_DYNAMIC_PARAMETERS", "VIDEO_SMS_COMMITMENT_LETTER_SHORT_LINK", "VIDEO_SMS_COMMITMENT_LETTER_QR_CODE"];

    /// <summary>
    /// Uploads the three required letters of the basic edition and the <paramref name="videoLetters"/> (all three
    /// 视频短信承诺函 variants unless told) and saves its filing (profile saved first); returns the filing id.
    /// </summary>
    public async Task<string> SaveBasicEditionFilingAsync(IEnumerable<string>? videoLetters = null)
    {
        var documents = new List<string>();
        foreach (var (type, name) in new[] { ("MATERIAL_COMMITMENT_LETTER", "素材承诺函.pdf"), ("SIGNATURE_AUTHORIZATION_LETTER", "签名授权函.pdf"),
            ("PORT_CUSTOMER_REGISTRATION_FORM", "端口客户信息登记表.pdf") }.Concat((videoLetters ?? VideoLetters).Select(t => (t, "视频短信承诺函.pdf"))))
        {
            var file = await AsTenant.UploadIdAsync(TestFiles.Pdf(), name, "LETTER");
            documents.Add($$"""{ type: {{type}}, fileId: "{{file}}" }""");
        }
        var saved = await AsTenant.MutateAsync("saveFiling", $"{{ productArea: BASIC_EDITION, documents: [{string.Join(", ", documents)}] }}", FilingSelection);
        return saved.GetProperty("filing").GetProperty("id").GetString()!;
    }

    /// <summary>Profile, BASIC_EDITION filing, submit, approve (智能信息基础版). Returns the filing id.</summary>
    public async Task<string> ApprovedBasicEditionFilingAsync(bool saveProfile = true, IEnumerable<string>? videoLetters = null)
    {
        if (saveProfile)
            await SaveProfileAsync();
        var id = await SaveBasicEditionFilingAsync(videoLetters);
        (await SubmitAsync(id)).AssertNoErrors();
        (await ApproveAsync(id)).AssertNoErrors();
        return id;
    }

    public async Task<JsonElement> SubmitAsync(string filingId)
        => await AsTenant.TryMutateAsync("submitFiling", $$"""{ id: "{{filingId}}" }""", FilingSelection, "... on ValidationError { field }");

    public Task<JsonElement> ApproveAsync(string subjectId, GraphQLClient? by = null)
        => (by ?? reviewer).TryMutateAsync("approve", $$"""{ subjectId: "{{subjectId}}", note: "ok" }""",
            "subject { id reviewStatus } reviewEvent { from to actorName actorRole }");

    public Task<JsonElement> RejectAsync(string subjectId, string reason, GraphQLClient? by = null)
        => (by ?? reviewer).TryMutateAsync("reject", $"{{ subjectId: \"{subjectId}\", reason: {JsonSerializer.Serialize(reason)} }}",
            "subject { id reviewStatus rejectionReason } reviewEvent { from to reason }", "... on ValidationError { field }");

    /// <summary>The complete happy path: profile, filing, submit, approve. Returns the filing id.</summary>
    public async Task<string> ApprovedSmartMessageFilingAsync(bool companyRelationshipLetter = true)
    {
        await SaveProfileAsync();
        var id = (await SaveSmartMessageFilingAsync(companyRelationshipLetter: companyRelationshipLetter)).GetProperty("filing").GetProperty("id").GetString()!;
        (await SubmitAsync(id)).AssertNoErrors();
        (await ApproveAsync(id)).AssertNoErrors();
        return id;
    }
}
