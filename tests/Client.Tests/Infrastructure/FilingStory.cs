namespace KooMessage.Client.Tests.Infrastructure;

/// <summary>
/// The filing story of DOMAIN.md through the generated client: a tenant saves its enterprise
/// profile (with an uploaded licence), uploads the letters, saves a SMART_MESSAGE filing and
/// submits it; a PLATFORM_REVIEWER approves it.
/// </summary>
internal sealed class FilingStory(IKooMessageClient tenant, IKooMessageClient reviewer)
{
    /// <summary>A valid unified social credit code (GB 32100-2015 checksum).</summary>
    private const string CreditCode = "91110000600037341L";

    /// <summary>Saves the profile and a complete SMART_MESSAGE filing as a draft; returns the filing's ID.</summary>
    public async Task<string> SaveDraftAsync()
    {
        var license = await UploadAsync(SampleFiles.Png(), "license.png", FilePurpose.Image);
        var profile = (await tenant.SaveEnterpriseProfileAsync(new SaveEnterpriseProfileInput
        {
            Name = "深圳市示例科技有限公司",
            CertificateType = CertificateType.ThreeInOne,
            CreditCode = CreditCode,
            ContactName = "王五",
            ContactPhone = "+86 138 0013 8000",
            ContactEmail = "ops@example.cn",
            EnterpriseType = EnterpriseType.Private,
            Industry = "软件和信息技术服务业",
            BusinessLicenseFileId = license,
        })).EnsureNoErrors().SaveEnterpriseProfile;
        Assert.Null(profile.Errors);

        var commitment = await UploadAsync(SampleFiles.Pdf(), "素材承诺函.pdf", FilePurpose.Letter);
        var authorization = await UploadAsync(SampleFiles.Pdf(), "签名授权函.pdf", FilePurpose.Letter);
        var saved = (await tenant.SaveFilingAsync(new SaveFilingInput
        {
            ProductArea = ProductArea.SmartMessage,
            Kinds = [FilingKind.SendTask, FilingKind.ShortLink],
            Documents =
            [
                new FilingDocumentInput { Type = DocumentType.MaterialCommitmentLetter, FileId = commitment },
                new FilingDocumentInput { Type = DocumentType.SignatureAuthorizationLetter, FileId = authorization },
            ],
        })).EnsureNoErrors().SaveFiling;
        Assert.Null(saved.Errors);
        return saved.Filing!.Id;
    }

    public async Task SubmitAsync(string filingId)
    {
        var submitted = (await tenant.SubmitFilingAsync(new SubmitFilingInput { Id = filingId })).EnsureNoErrors().SubmitFiling;
        Assert.Null(submitted.Errors);
    }

    public async Task<ApproveMutation.ApprovePayload> ApproveAsync(string subjectId)
    {
        var approved = (await reviewer.ApproveAsync(new ApproveInput { SubjectId = subjectId, Note = "ok" })).EnsureNoErrors().Approve;
        Assert.Null(approved.Errors);
        return approved;
    }

    private async Task<string> UploadAsync(byte[] content, string name, FilePurpose purpose)
    {
        using var stream = new MemoryStream(content);
        var uploaded = (await tenant.UploadFileAsync(new UploadFileInput { File = new Upload(stream, name), Purpose = purpose })).EnsureNoErrors().UploadFile;
        Assert.Null(uploaded.Errors);
        return uploaded.File!.Id;
    }
}
