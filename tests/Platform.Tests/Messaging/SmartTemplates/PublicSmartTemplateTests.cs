using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Messaging;

/// <summary>
/// Public cards (公共模板) managed by platform admins: created and changed in use at once, seen and copied by every
/// tenant; their parameters keep names and order, they have no images; tenants and anonymous callers are refused,
/// and a refused or invalid change stores nothing.
/// </summary>
public sealed class PublicSmartTemplateTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private const string Selection = "smartTemplate { id name public reviewStatus usable parameters { name maxLength } pages { components { type text url } } }";
    private const string Errors = "... on ValidationError { field } ... on NotFoundError { field } ... on InvalidStateError { state }";

    private static string Content(string name, string parameters, string extraComponent = "") => $$$"""
        name: {{{JsonSerializer.Serialize(name)}}}, parameters: [{{{parameters}}}],
        pages: [{ components: [{ type: TITLE, text: "{{who}}" }, { type: TEXT, text: "{{what}}" }, { type: BUTTON, text: "查看", url: "https://example.cn/p" }{{{extraComponent}}}] }]
        """;

    private const string TwoParameters = """{ name: "who", maxLength: 10 }, { name: "what" }""";

    [Fact]
    public async Task A_platform_admin_creates_and_changes_a_public_card_every_tenant_uses()
    {
        var admin = fixture.Host.Admin();
        var name = "公共" + Slugs.New("c")[^6..];
        var created = (await admin.MutateAsync("createPublicSmartTemplate", $"{{ {Content(name, TwoParameters)} }}", Selection)).GetProperty("smartTemplate");
        var id = created.GetProperty("id").GetString()!;
        Assert.True(created.GetProperty("public").GetBoolean());
        Assert.Equal("APPROVED", created.GetProperty("reviewStatus").GetString());
        Assert.True(created.GetProperty("usable").GetBoolean());
        Assert.Equal(["who", "what"], created.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));

        // Every tenant sees it among the public cards and can copy it.
        var story = await MessagingScenario.StartAsync(fixture.Host, "card-public");
        Assert.Equal(name, (await CardAsync(story.AsTenant, id)).GetProperty("name").GetString());
        var copy = (await story.AsTenant.MutateAsync("copySmartTemplate", $"{{ id: \"{id}\" }}", Selection)).GetProperty("smartTemplate");
        Assert.False(copy.GetProperty("public").GetBoolean());
        Assert.Equal(2, copy.GetProperty("parameters").GetArrayLength());

        // Changed in place and in use at once; maxLength may change, the names and their order may not.
        var renamed = name + "改";
        var updated = (await admin.MutateAsync("updatePublicSmartTemplate",
            $$"""{ id: "{{id}}", {{Content(renamed, """{ name: "who", maxLength: 12 }, { name: "what" }""")}} }""", Selection)).GetProperty("smartTemplate");
        Assert.Equal(renamed, updated.GetProperty("name").GetString());
        Assert.Equal("APPROVED", updated.GetProperty("reviewStatus").GetString());
        Assert.Equal(12, (await CardAsync(story.AsTenant, id)).GetProperty("parameters")[0].GetProperty("maxLength").GetInt32());

        foreach (var parameters in new[] { """{ name: "what" }, { name: "who" }""", """{ name: "who" }""", TwoParameters + """, { name: "extra" }""" })
        {
            var refused = await admin.TryMutateAsync("updatePublicSmartTemplate", $$"""{ id: "{{id}}", {{Content("不该保存", parameters)}} }""", Selection, Errors);
            Assert.Equal("ValidationError", refused.ErrorType());
            Assert.Contains("parameters", refused.ErrorFields());
        }
        var image = """, { type: IMAGE }""";
        var withImage = await admin.TryMutateAsync("updatePublicSmartTemplate", $$"""{ id: "{{id}}", {{Content("不该保存", TwoParameters, image)}} }""", Selection, Errors);
        Assert.Equal("ValidationError", withImage.ErrorType());
        Assert.Equal("pages[0].components[3].imageFileId", withImage.ErrorField());
        var tooLong = await admin.TryMutateAsync("updatePublicSmartTemplate", $$"""{ id: "{{id}}", {{Content(new string('长', 40), TwoParameters)}} }""", Selection, Errors);
        Assert.Equal("ValidationError", tooLong.ErrorType());
        Assert.Equal(renamed, (await CardAsync(story.AsTenant, id)).GetProperty("name").GetString());

        // Only public cards change here: a tenant's card is not found outside its tenant and refused inside it.
        var tenantCard = copy.GetProperty("id").GetString()!;
        var foreign = await admin.TryMutateAsync("updatePublicSmartTemplate", $$"""{ id: "{{tenantCard}}", {{Content("改租户", TwoParameters)}} }""", Selection, Errors);
        Assert.Equal("NotFoundError", foreign.ErrorType());
        Assert.Equal("id", foreign.ErrorField());
        var inTenant = await fixture.Host.Admin(story.Filing.Tenant.Id)
            .TryMutateAsync("updatePublicSmartTemplate", $$"""{ id: "{{tenantCard}}", {{Content("改租户", TwoParameters)}} }""", Selection, Errors);
        Assert.Equal("InvalidStateError", inTenant.ErrorType());
        Assert.Equal(name, (await CardAsync(story.AsTenant, tenantCard)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Invalid_public_cards_are_refused_with_typed_errors_and_nothing_is_stored()
    {
        var admin = fixture.Host.Admin();
        var name = "坏卡" + Slugs.New("c")[^6..];
        var cases = new[]
        {
            (Content(name, TwoParameters, """, { type: IMAGE }"""), "pages[0].components[3].imageFileId"),
            (Content(name, TwoParameters, """, { type: BUTTON, text: "坏", url: "http://example.cn" }"""), null),
            (Content(name, """{ name: "who" }, { name: "who" }"""), null),
            (Content(" ", TwoParameters), "name"),
        };
        foreach (var (input, field) in cases)
        {
            var refused = await admin.TryMutateAsync("createPublicSmartTemplate", $"{{ {input} }}", Selection, "... on ValidationError { field }");
            Assert.Equal("ValidationError", refused.ErrorType());
            Assert.Equal(JsonValueKind.Null, refused.GetProperty("smartTemplate").ValueKind);
            if (field is not null)
                Assert.Contains(field, refused.ErrorFields());
        }

        var story = await MessagingScenario.StartAsync(fixture.Host, "card-badpublic");
        var stored = await story.AsTenant.QueryAsync($$"""{ smartTemplates(where: { name: { eq: {{JsonSerializer.Serialize(name)}} } }) { totalCount } }""");
        Assert.Equal(0, stored.GetProperty("smartTemplates").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Tenants_and_anonymous_callers_cannot_create_or_change_public_cards()
    {
        var story = await MessagingScenario.StartAsync(fixture.Host, "card-notadmin");
        var name = "越权" + Slugs.New("c")[^6..];
        var create = $"mutation {{ createPublicSmartTemplate(input: {{ {Content(name, TwoParameters)} }}) {{ smartTemplate {{ id }} }} }}";
        var update = $$"""mutation { updatePublicSmartTemplate(input: { id: "{{SendTaskScenario.PublicSmartTemplate}}", {{Content(name, TwoParameters)}} }) { smartTemplate { id } } }""";

        Assert.Equal("AUTH_NOT_AUTHORIZED", (await story.AsTenant.PostAsync(create)).FirstErrorCode);
        Assert.Equal("AUTH_NOT_AUTHORIZED", (await story.AsTenant.PostAsync(update)).FirstErrorCode);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", (await fixture.Host.Anonymous().PostAsync(create)).FirstErrorCode);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", (await fixture.Host.Anonymous().PostAsync(update)).FirstErrorCode);

        var stored = await story.AsTenant.QueryAsync($$"""{ smartTemplates(where: { name: { eq: {{JsonSerializer.Serialize(name)}} } }) { totalCount } }""");
        Assert.Equal(0, stored.GetProperty("smartTemplates").GetProperty("totalCount").GetInt32());
        Assert.NotEqual(name, (await CardAsync(story.AsTenant, SendTaskScenario.PublicSmartTemplate)).GetProperty("name").GetString());
    }

    private static async Task<JsonElement> CardAsync(GraphQLClient client, string id)
        => (await client.QueryAsync($"{{ node(id: \"{id}\") {{ ... on SmartTemplate {{ name public parameters {{ name maxLength }} }} }} }}")).GetProperty("node");
}
