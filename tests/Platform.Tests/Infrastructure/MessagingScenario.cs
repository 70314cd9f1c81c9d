using System.Text.Json;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>The configuration story after an approved filing: app, approved signature, approved templates.</summary>
public sealed class MessagingScenario(FilingScenario filing)
{
    public const string SmartTemplateContent = "您的订单${1}已发货，查看详情 ${2}";

    public FilingScenario Filing => filing;

    public GraphQLClient AsTenant => filing.AsTenant;

    public GraphQLClient Reviewer => filing.Reviewer;

    public static async Task<MessagingScenario> StartAsync(IPlatformInstance host, string slugStem = "msg")
    {
        var scenario = new MessagingScenario(await FilingScenario.StartAsync(host, slugStem));
        await scenario.Filing.ApprovedSmartMessageFilingAsync();
        return scenario;
    }

    public async Task<string> CreateAppAsync(string name = "营销平台")
        => (await AsTenant.MutateAsync("createSmsApp", $"{{ name: {JsonSerializer.Serialize(name)} }}", "smsApp { id }"))
            .GetProperty("smsApp").GetProperty("id").GetString()!;

    public async Task<JsonElement> TryCreateSignatureAsync(string appId, string name, string type = "NOTIFICATION")
        => await AsTenant.TryMutateAsync("createSmsSignature",
            $"{{ appId: \"{appId}\", name: {JsonSerializer.Serialize(name)}, type: {type}, source: ENTERPRISE_NAME, involvesThirdParty: false }}",
            "smsSignature { id name reviewStatus usable }", "... on ValidationError { field }");

    public async Task<string> ApprovedSignatureAsync(string appId, string name = "示例科技")
    {
        var created = await TryCreateSignatureAsync(appId, name);
        created.AssertNoErrors();
        var id = created.GetProperty("smsSignature").GetProperty("id").GetString()!;
        (await filing.ApproveAsync(id)).AssertNoErrors();
        return id;
    }

    public static string TemplateInput(string appId, string signatureId, string content, string variables, string type = "NOTIFICATION", bool forSmart = true, string name = "发货通知")
        => $"{{ appId: \"{appId}\", signatureId: \"{signatureId}\", name: {JsonSerializer.Serialize(name)}, type: {type}, "
            + $"content: {JsonSerializer.Serialize(content)}, variables: [{variables}], forSmartMessages: {(forSmart ? "true" : "false")} }}";

    public const string SmartVariables = "{ index: 1, type: CHAR_DIGIT, maxLength: 20 }, { index: 2, type: SHORT_LINK, maxLength: 0 }";

    public Task<JsonElement> TryCreateTemplateAsync(string input)
        => AsTenant.TryMutateAsync("createSmsTemplate", input,
            "smsTemplate { id status reviewStatus usable estimatedLength estimatedSegments signature { name } app { name } }", "... on ValidationError { field }");

    public async Task<string> ApprovedTemplateAsync(string appId, string signatureId, string content = SmartTemplateContent, string variables = SmartVariables)
    {
        var created = await TryCreateTemplateAsync(TemplateInput(appId, signatureId, content, variables));
        created.AssertNoErrors();
        var id = created.GetProperty("smsTemplate").GetProperty("id").GetString()!;
        (await filing.ApproveAsync(id)).AssertNoErrors();
        return id;
    }
}
