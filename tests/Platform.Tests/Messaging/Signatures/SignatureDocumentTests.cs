using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Messaging;

/// <summary>
/// A signature's documents as the console's form requires (issue 18 item 6): the business licence (营业执照),
/// the profile's for the enterprise's own name and uploaded for any other source or a third party; and the
/// 公司关系授权函 in the approved SMART_MESSAGE filing when the name is not the enterprise name.
/// </summary>
public sealed class SignatureDocumentTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private const string EnterpriseName = "深圳市示例科技有限公司";
    private const string Selection = "smsSignature { id name source license { id } }";

    [Fact]
    public async Task A_name_other_than_the_enterprise_name_needs_the_company_relationship_letter_in_the_approved_filing()
    {
        var filing = await FilingScenario.StartAsync(fixture.Host, "sig-letter");
        var filingId = await filing.ApprovedSmartMessageFilingAsync(companyRelationshipLetter: false);
        var story = new MessagingScenario(filing);
        var app = await story.CreateAppAsync();

        var abbreviated = await Create(story, Input(app, "示例科技", "ENTERPRISE_NAME"));
        Assert.Equal(("PreconditionFailedError", "COMPANY_RELATIONSHIP_LETTER"), (abbreviated.ErrorType(), Precondition(abbreviated)));
        Assert.Equal(0, await CountAsync(story));

        // The registered name itself needs no letter, and takes the profile's licence.
        var own = await Create(story, Input(app, EnterpriseName, "ENTERPRISE_NAME"));
        own.AssertNoErrors();
        var ownId = own.GetProperty("smsSignature").GetProperty("id").GetString()!;
        var profileLicense = (await story.AsTenant.QueryAsync("{ enterpriseProfile { businessLicense { id } } }"))
            .GetProperty("enterpriseProfile").GetProperty("businessLicense").GetProperty("id").GetString();
        Assert.Equal(profileLicense, own.GetProperty("smsSignature").GetProperty("license").GetProperty("id").GetString());

        // Renaming it (update, which submits again) is held to the same rule; the stored name is kept.
        (await story.Reviewer.TryMutateAsync("reject", $$"""{ subjectId: "{{ownId}}", reason: "请补充" }""", "subject { id }")).AssertNoErrors();
        var renamed = await story.AsTenant.TryMutateAsync("updateSmsSignature",
            Input(app, "示例科技", "ENTERPRISE_NAME").Replace($"appId: \"{app}\"", $"id: \"{ownId}\""), Selection,
            "... on PreconditionFailedError { precondition }");
        Assert.Equal(("PreconditionFailedError", "COMPANY_RELATIONSHIP_LETTER"), (renamed.ErrorType(), Precondition(renamed)));
        var kept = await story.AsTenant.QueryAsync($$"""{ node(id: "{{ownId}}") { ... on SmsSignature { name reviewStatus } } }""");
        Assert.Equal((EnterpriseName, "REJECTED"), (kept.GetProperty("node").GetProperty("name").GetString(), kept.GetProperty("node").GetProperty("reviewStatus").GetString()));

        // A pending revision of the filing with the letter does not count until it is approved.
        await filing.SaveSmartMessageFilingAsync();
        (await filing.SubmitAsync(filingId)).AssertNoErrors();
        Assert.Equal("PreconditionFailedError", (await Create(story, Input(app, "示例科技", "ENTERPRISE_NAME"))).ErrorType());
        (await filing.ApproveAsync(filingId)).AssertNoErrors();
        (await Create(story, Input(app, "示例科技", "ENTERPRISE_NAME"))).AssertNoErrors();
    }

    [Theory]
    [InlineData("APP", false)]
    [InlineData("TRADEMARK", false)]
    [InlineData("ENTERPRISE_NAME", true)]
    public async Task Other_sources_and_third_parties_need_an_uploaded_business_licence(string source, bool thirdParty)
    {
        var story = await MessagingScenario.StartAsync(fixture.Host, "sig-licence");
        var app = await story.CreateAppAsync();

        var without = await Create(story, Input(app, "示例应用", source, thirdParty));
        Assert.Equal(("ValidationError", "licenseFileId"), (without.ErrorType(), without.ErrorField()));
        Assert.Equal(0, await CountAsync(story));

        var license = await story.AsTenant.UploadIdAsync(TestFiles.Png(), "营业执照.png", "IMAGE");
        var with = await Create(story, Input(app, "示例应用", source, thirdParty, license));
        with.AssertNoErrors();
        Assert.Equal(license, with.GetProperty("smsSignature").GetProperty("license").GetProperty("id").GetString());
    }

    private static string Input(string appId, string name, string source, bool thirdParty = false, string? licenseFileId = null)
        => $"{{ appId: \"{appId}\", name: {JsonSerializer.Serialize(name)}, type: NOTIFICATION, source: {source}, involvesThirdParty: {(thirdParty ? "true" : "false")}"
            + (licenseFileId is null ? "" : $", licenseFileId: \"{licenseFileId}\"") + " }";

    private static Task<JsonElement> Create(MessagingScenario story, string input)
        => story.AsTenant.TryMutateAsync("createSmsSignature", input, Selection, "... on ValidationError { field } ... on PreconditionFailedError { precondition }");

    /// <summary>What a PreconditionFailedError says is missing (its code is always PRECONDITION_FAILED).</summary>
    private static string? Precondition(JsonElement payload) => payload.Error().GetProperty("precondition").GetString();

    private static async Task<int> CountAsync(MessagingScenario story)
        => (await story.AsTenant.QueryAsync("{ smsSignatures { totalCount } }")).GetProperty("smsSignatures").GetProperty("totalCount").GetInt32();
}
