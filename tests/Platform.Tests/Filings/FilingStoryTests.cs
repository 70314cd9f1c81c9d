using System.Net;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Filings;

/// <summary>The whole filing story over HTTP with real multipart uploads, and its review.</summary>
public sealed class FilingStoryTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private PlatformHost Host => fixture.Host;

    private static string Status(JsonElement payload) => payload.GetProperty("filing").GetProperty("reviewStatus").GetString()!;

    [Fact]
    public async Task Profile_documents_submit_reject_fix_resubmit_approve_with_the_full_history()
    {
        var story = await FilingScenario.StartAsync(Host);
        await story.SaveProfileAsync();
        var saved = await story.SaveSmartMessageFilingAsync();
        var filingId = saved.GetProperty("filing").GetProperty("id").GetString()!;
        Assert.Equal("DRAFT", Status(saved));
        Assert.Equal(["SEND_TASK", "SHORT_LINK"], saved.GetProperty("filing").GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));

        Assert.Equal("PENDING", Status(await story.SubmitAsync(filingId)));

        // The reviewer finds it in the cross-tenant queue, filtered by kind and tenant.
        var queue = await story.Reviewer.QueryAsync($$$"""
            { reviewQueue(where: {kind: {eq: FILING}, tenantId: {eq: "{{{story.Tenant.Id}}}"}}) {
                totalCount nodes { kind title tenant { slug } subject { id reviewStatus ... on Filing { documents { type file { name } } } } } } }
            """);
        var ticket = queue.GetProperty("reviewQueue").GetProperty("nodes")[0];
        Assert.Equal(1, queue.GetProperty("reviewQueue").GetProperty("totalCount").GetInt32());
        Assert.Equal(story.Tenant.Slug, ticket.GetProperty("tenant").GetProperty("slug").GetString());
        Assert.Equal(filingId, ticket.GetProperty("subject").GetProperty("id").GetString());
        Assert.Equal("素材承诺函.pdf", ticket.GetProperty("subject").GetProperty("documents")[0].GetProperty("file").GetProperty("name").GetString());

        var rejected = await story.RejectAsync(filingId, "签名授权函 is not signed");
        Assert.Equal("REJECTED", rejected.GetProperty("subject").GetProperty("reviewStatus").GetString());

        var afterReject = await story.AsTenant.QueryAsync("{ filing(productArea: SMART_MESSAGE) { reviewStatus rejectionReason } }");
        Assert.Equal("签名授权函 is not signed", afterReject.GetProperty("filing").GetProperty("rejectionReason").GetString());

        var fixedFiling = await story.SaveSmartMessageFilingAsync();
        Assert.Equal("REJECTED", Status(fixedFiling));
        Assert.Equal("PENDING", Status(await story.SubmitAsync(filingId)));
        var approved = await story.ApproveAsync(filingId);
        Assert.Equal("APPROVED", approved.GetProperty("subject").GetProperty("reviewStatus").GetString());

        var history = await story.AsTenant.QueryAsync(
            "{ filing(productArea: SMART_MESSAGE) { reviewStatus hasApprovedRevision reviewHistory { from to actorName actorRole reason } } }");
        var events = history.GetProperty("filing").GetProperty("reviewHistory").EnumerateArray()
            .Select(e => $"{e.GetProperty("from").GetString()}->{e.GetProperty("to").GetString()} by {e.GetProperty("actorRole").GetString()}")
            .ToList();
        Assert.Equal(
            ["DRAFT->PENDING by TENANT_ADMIN", "PENDING->REJECTED by PLATFORM_REVIEWER", "REJECTED->PENDING by TENANT_ADMIN", "PENDING->APPROVED by PLATFORM_REVIEWER"],
            events);
        Assert.True(history.GetProperty("filing").GetProperty("hasApprovedRevision").GetBoolean());

        var emptyQueue = await story.Reviewer.QueryAsync($$$"""{ reviewQueue(where: {tenantId: {eq: "{{{story.Tenant.Id}}}"}}) { totalCount } }""");
        Assert.Equal(0, emptyQueue.GetProperty("reviewQueue").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Editing_an_approved_filing_starts_a_revision_while_the_approved_one_stays_in_force()
    {
        var story = await FilingScenario.StartAsync(Host);
        var filingId = await story.ApprovedSmartMessageFilingAsync();
        var approvedFiles = (await story.AsTenant.QueryAsync("{ filing(productArea: SMART_MESSAGE) { approvedDocuments { file { id } } } }"))
            .GetProperty("filing").GetProperty("approvedDocuments").EnumerateArray().Select(d => d.GetProperty("file").GetProperty("id").GetString()).ToList();

        var revision = await story.SaveSmartMessageFilingAsync();
        Assert.Equal("DRAFT", Status(revision));
        Assert.True(revision.GetProperty("filing").GetProperty("hasApprovedRevision").GetBoolean());
        var stillApproved = revision.GetProperty("filing").GetProperty("approvedDocuments").EnumerateArray()
            .Select(d => d.GetProperty("file").GetProperty("id").GetString()).ToList();
        Assert.Equal(approvedFiles, stillApproved);

        Assert.Equal("PENDING", Status(await story.SubmitAsync(filingId)));
        var rejected = await story.RejectAsync(filingId, "new letter is blurry");
        Assert.Equal("REJECTED", rejected.GetProperty("subject").GetProperty("reviewStatus").GetString());
        var after = await story.AsTenant.QueryAsync("{ filings(where: {hasApprovedRevision: {eq: true}}) { totalCount } }");
        Assert.Equal(1, after.GetProperty("filings").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Two_reviewers_deciding_at_once_produce_exactly_one_winner()
    {
        var story = await FilingScenario.StartAsync(Host);
        var secondReviewer = Host.As((await Host.Admin().MutateAsync("createApiKey", """{ name: "reviewer 2", role: PLATFORM_REVIEWER }""", "secret"))
            .GetProperty("secret").GetString()!);
        await story.SaveProfileAsync();
        var filingId = (await story.SaveSmartMessageFilingAsync()).GetProperty("filing").GetProperty("id").GetString()!;

        for (var round = 0; round < 3; round++)
        {
            Assert.Equal("PENDING", Status(await story.SubmitAsync(filingId)));
            var results = await Task.WhenAll(
                story.RejectAsync(filingId, $"round {round}"),
                story.RejectAsync(filingId, $"round {round} too", secondReviewer));
            var winners = results.Count(r => !r.HasErrors());
            Assert.Equal(1, winners);
            var loser = results.Single(r => r.HasErrors());
            Assert.Contains(loser.ErrorType(), new[] { "ConflictError", "InvalidStateError" });
        }
        var history = await story.AsTenant.QueryAsync("{ filing(productArea: SMART_MESSAGE) { reviewHistory { to } } }");
        Assert.Equal(3, history.GetProperty("filing").GetProperty("reviewHistory").EnumerateArray().Count(e => e.GetProperty("to").GetString() == "REJECTED"));
    }

    [Fact]
    public async Task Review_rules_are_enforced_with_typed_errors()
    {
        var story = await FilingScenario.StartAsync(Host);
        var filingId = (await story.SaveSmartMessageFilingAsync(complete: false)).GetProperty("filing").GetProperty("id").GetString()!;

        var noProfile = await story.SubmitAsync(filingId);
        Assert.Equal("PreconditionFailedError", noProfile.ErrorType());

        await story.SaveProfileAsync();
        var missingDocument = await story.SubmitAsync(filingId);
        Assert.Equal("ValidationError", missingDocument.ErrorType());
        Assert.Equal("documents.SIGNATURE_AUTHORIZATION_LETTER", missingDocument.ErrorField());

        var approveDraft = await story.ApproveAsync(filingId);
        Assert.Equal("InvalidStateError", approveDraft.ErrorType());

        await story.SaveSmartMessageFilingAsync();
        Assert.Equal("PENDING", Status(await story.SubmitAsync(filingId)));
        Assert.Equal("InvalidStateError", (await story.SubmitAsync(filingId)).ErrorType());

        var editWhilePending = await story.AsTenant.TryMutateAsync("saveFiling", "{ productArea: SMART_MESSAGE, kinds: [SEND_TASK], documents: [] }", "filing { id }");
        Assert.Equal("InvalidStateError", editWhilePending.ErrorType());

        var noReason = await story.RejectAsync(filingId, "");
        Assert.Equal("ValidationError", noReason.ErrorType());
        Assert.Equal("reason", noReason.ErrorField());

        var tenantApproves = await story.AsTenant.PostAsync($$"""mutation { approve(input: {subjectId: "{{filingId}}"}) { errors { __typename } } }""");
        Assert.Equal(HttpStatusCode.Forbidden, tenantApproves.Status);
        var tenantQueue = await story.AsTenant.PostAsync("{ reviewQueue { totalCount } }");
        Assert.Equal(HttpStatusCode.Forbidden, tenantQueue.Status);

        var unknown = await story.ApproveAsync("RmlsaW5nOjAxOTAwMDAwMDAwMDcwMDA4MDAwMDAwMDAwMDAwMDAw");
        Assert.Equal("NotFoundError", unknown.ErrorType());

        var stillPending = await story.AsTenant.QueryAsync("{ filing(productArea: SMART_MESSAGE) { reviewStatus reviewHistory { to } } }");
        Assert.Equal("PENDING", stillPending.GetProperty("filing").GetProperty("reviewStatus").GetString());
        Assert.Single(stillPending.GetProperty("filing").GetProperty("reviewHistory").EnumerateArray());
    }

    [Fact]
    public async Task Profile_and_filing_input_is_validated_and_nothing_is_written()
    {
        var story = await FilingScenario.StartAsync(Host);
        var license = await story.AsTenant.UploadIdAsync(TestFiles.Png(), "license.png", "IMAGE");
        var bad = await story.AsTenant.TryMutateAsync("saveEnterpriseProfile",
            FilingScenario.ProfileInput("91110000600037341M", license).Replace("+86 138 0013 8000", "12345"), "enterpriseProfile { id }",
            "... on ValidationError { field }");
        var fields = bad.ErrorFields();
        Assert.Contains("creditCode", fields);
        Assert.Contains("contactPhone", fields);
        Assert.Equal(JsonValueKind.Null, (await story.AsTenant.QueryAsync("{ enterpriseProfile { id } }")).GetProperty("enterpriseProfile").ValueKind);

        var pdfAsLicense = await story.AsTenant.UploadIdAsync(TestFiles.Pdf(), "license.pdf", "LETTER");
        var wrongKind = await story.AsTenant.TryMutateAsync("saveEnterpriseProfile", FilingScenario.ProfileInput(FilingScenario.ValidCreditCode, pdfAsLicense),
            "enterpriseProfile { id }", "... on ValidationError { field }");
        Assert.Equal("businessLicenseFileId", wrongKind.ErrorField());

        var image = await story.AsTenant.UploadIdAsync(TestFiles.Png(), "not-a-letter.png", "IMAGE");
        var imageAsLetter = await story.AsTenant.TryMutateAsync("saveFiling",
            $$"""{ productArea: SMART_MESSAGE, kinds: [SEND_TASK], documents: [{ type: MATERIAL_COMMITMENT_LETTER, fileId: "{{image}}" }] }""",
            "filing { id }", "... on ValidationError { field }");
        Assert.Equal("documents[0].fileId", imageAsLetter.ErrorField());
        Assert.Equal(JsonValueKind.Null, (await story.AsTenant.QueryAsync("{ filing(productArea: SMART_MESSAGE) { id } }")).GetProperty("filing").ValueKind);
    }
}
