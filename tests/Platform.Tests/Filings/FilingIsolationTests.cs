using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Filings;

/// <summary>Another tenant cannot see, reference or submit a tenant's filing or files.</summary>
public sealed class FilingIsolationTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task Another_tenant_cannot_see_reference_or_submit_the_filing_or_its_files()
    {
        var owner = await FilingScenario.StartAsync(fixture.Host, "owner");
        await owner.SaveProfileAsync();
        var filing = (await owner.SaveSmartMessageFilingAsync()).GetProperty("filing");
        var filingId = filing.GetProperty("id").GetString()!;
        var fileId = filing.GetProperty("documents")[0].GetProperty("file").GetProperty("id").GetString()!;

        var intruder = await FilingScenario.StartAsync(fixture.Host, "intruder");
        var seen = await intruder.AsTenant.QueryAsync($$"""
            { filing: node(id: "{{filingId}}") { id } file: node(id: "{{fileId}}") { id } files { totalCount } filings { totalCount } }
            """);
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("filing").ValueKind);
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("file").ValueKind);
        Assert.Equal(0, seen.GetProperty("files").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, seen.GetProperty("filings").GetProperty("totalCount").GetInt32());

        var reference = await intruder.AsTenant.TryMutateAsync("saveFiling",
            $$"""{ productArea: SMART_MESSAGE, kinds: [SEND_TASK], documents: [{ type: MATERIAL_COMMITMENT_LETTER, fileId: "{{fileId}}" }] }""",
            "filing { id }");
        Assert.Equal("NotFoundError", reference.ErrorType());

        await intruder.SaveProfileAsync();
        var submit = await intruder.SubmitAsync(filingId);
        Assert.Equal("NotFoundError", submit.ErrorType());

        var untouched = await owner.AsTenant.QueryAsync("{ filing(productArea: SMART_MESSAGE) { reviewStatus } }");
        Assert.Equal("DRAFT", untouched.GetProperty("filing").GetProperty("reviewStatus").GetString());
    }
}
