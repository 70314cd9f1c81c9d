using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Filings;

/// <summary>The SMART_MESSAGE filing's kinds gate what they name: SEND_TASK send tasks, SHORT_LINK links on the tenant's own domain.</summary>
public sealed class FilingKindGateTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task A_short_link_only_filing_cannot_send_and_a_send_task_only_filing_uses_the_platform_domain()
    {
        var filing = await FilingScenario.StartAsync(Host, "kinds");
        await filing.SaveProfileAsync();
        var id = await ApprovedFilingAsync(filing, "SHORT_LINK", null);
        var messaging = new MessagingScenario(filing);
        var app = await messaging.CreateAppAsync();
        var signature = await messaging.ApprovedSignatureAsync(app);
        var story = new SendTaskScenario(messaging, app, signature, await messaging.ApprovedTemplateAsync(app, signature));

        Assert.Equal("SEND_TASK_FILING", Precondition(await story.TryCreateAsync(story.Input())));

        // The filing now names SEND_TASK only: tasks send on the platform's domain, not on the tenant's own.
        await ApprovedFilingAsync(filing, "SEND_TASK", id);
        (await story.TryCreateAsync(story.Input(name: "平台域名"))).AssertNoErrors();
        Assert.Equal("SHORT_LINK_FILING", Precondition(await story.TryCreateAsync(story.Input(name: "自有域名", extra: ", domain: \"go.example.cn\""))));

        // With SHORT_LINK the filing lets the domain through to its own check: it must be a verified, approved
        // ShortLinkDomain of the tenant (TenantShortLinkDomainTests goes on from here).
        await ApprovedFilingAsync(filing, "SEND_TASK, SHORT_LINK", id);
        Assert.Equal("VERIFIED_SHORT_LINK_DOMAIN", Precondition(await story.TryCreateAsync(story.Input(name: "自有域名", extra: ", domain: \"go.example.cn\""))));
    }

    private static string Precondition(JsonElement payload)
    {
        Assert.Equal("PreconditionFailedError", payload.ErrorType());
        return payload.Error().GetProperty("precondition").GetString()!;
    }

    /// <summary>Saves the SMART_MESSAGE filing with these kinds (a new revision when <paramref name="id"/> is approved), submits and approves it.</summary>
    private static async Task<string> ApprovedFilingAsync(FilingScenario filing, string kinds, string? id)
    {
        var commitment = await filing.AsTenant.UploadIdAsync(TestFiles.Pdf(), "素材承诺函.pdf", "LETTER");
        var authorization = await filing.AsTenant.UploadIdAsync(TestFiles.Pdf(), "签名授权函.pdf", "LETTER");
        // The scenario's signature is not the enterprise's registered name: that takes the 公司关系授权函.
        var relationship = await filing.AsTenant.UploadIdAsync(TestFiles.Pdf(), "公司关系授权函.pdf", "LETTER");
        var saved = await filing.AsTenant.MutateAsync("saveFiling", $$"""
            { productArea: SMART_MESSAGE, kinds: [{{kinds}}], documents: [{ type: MATERIAL_COMMITMENT_LETTER, fileId: "{{commitment}}" },
              { type: SIGNATURE_AUTHORIZATION_LETTER, fileId: "{{authorization}}" }, { type: COMPANY_RELATIONSHIP_LETTER, fileId: "{{relationship}}" }] }
            """, "filing { id }");
        var filingId = saved.GetProperty("filing").GetProperty("id").GetString()!;
        Assert.True(id is null || id == filingId);
        (await filing.SubmitAsync(filingId)).AssertNoErrors();
        (await filing.ApproveAsync(filingId)).AssertNoErrors();
        return filingId;
    }
}
