using System.Text.Json;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// The steps of the service-number story, shared by tests: an approved SERVICE_NUMBER filing, images,
/// service numbers, menus, homepages, channel numbers and bindings, each reviewed by the scenario's reviewer.
/// </summary>
public sealed class ServiceNumberScenario
{
    public const string ServiceNumberSelection = """
        serviceNumber { id name remark industry intro signatureAuthorization status reviewStatus hasApprovedRevision unfreezeRequested
          frozenReason eventTokenPrefix logo { id } liveProfile { name intro } }
        """;

    private static readonly Dictionary<string, string> ErrorParts = new()
    {
        ["ValidationError"] = "... on ValidationError { field }",
        // ConflictError.field is nullable, unlike the others: an alias keeps the selection valid.
        ["ConflictError"] = "... on ConflictError { conflictField: field }",
        ["NotFoundError"] = "... on NotFoundError { field }",
        ["InvalidStateError"] = "... on InvalidStateError { state }",
        ["PreconditionFailedError"] = "... on PreconditionFailedError { precondition }",
    };

    /// <summary>The error selection of a mutation that may return these error types (spreads must fit its error union).</summary>
    public static string Errors(params string[] types) => string.Join(" ", types.Select(t => ErrorParts[t]));

    public static readonly string SaveErrors = Errors("ValidationError", "NotFoundError", "ConflictError", "InvalidStateError", "PreconditionFailedError");

    public static readonly string RevisionErrors = Errors("ValidationError", "NotFoundError", "ConflictError", "InvalidStateError");

    public static readonly string BindErrors = Errors("NotFoundError", "ConflictError", "InvalidStateError");

    private ServiceNumberScenario(FilingScenario filing)
    {
        Filing = filing;
    }

    public FilingScenario Filing { get; }

    public TestTenant Tenant => Filing.Tenant;

    public GraphQLClient AsTenant => Filing.AsTenant;

    public GraphQLClient Reviewer => Filing.Reviewer;

    /// <summary>Service numbers for a tenant another scenario set up (e.g. one that also sends).</summary>
    public static ServiceNumberScenario For(FilingScenario filing) => new(filing);

    public static async Task<ServiceNumberScenario> StartAsync(PlatformHost host, string slugStem = "sn")
        => new(await FilingScenario.StartAsync(host, slugStem));

    /// <summary>A name no other test uses (service-number names are unique on the whole platform), at most 15 characters.</summary>
    public static string UniqueName(string stem = "服务") => $"{stem}{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Profile, the 华为智能信息授权书, a SERVICE_NUMBER filing, submitted and approved.</summary>
    public async Task ApprovedFilingAsync()
    {
        await Filing.SaveProfileAsync();
        var authorization = await AsTenant.UploadIdAsync(TestImages.Png(800, 600), "华为智能信息授权书.png", "AUTHORIZATION_IMAGE");
        var filing = await AsTenant.MutateAsync("saveFiling",
            $$"""{ productArea: SERVICE_NUMBER, documents: [{ type: HUAWEI_AUTHORIZATION, fileId: "{{authorization}}" }] }""", "filing { id }");
        var id = filing.GetProperty("filing").GetProperty("id").GetString()!;
        (await Filing.SubmitAsync(id)).AssertNoErrors();
        (await Filing.ApproveAsync(id)).AssertNoErrors();
    }

    public Task<string> UploadLogoAsync() => AsTenant.UploadIdAsync(TestImages.Png(256, 256), "logo.png", "IMAGE");

    public Task<string> UploadLetterAsync() => AsTenant.UploadIdAsync(TestImages.Png(600, 800), "授权书.png", "AUTHORIZATION_IMAGE");

    public Task<string> UploadBackgroundAsync() => AsTenant.UploadIdAsync(TestImages.Jpeg(1920, 1080), "background.jpg", "IMAGE");

    public static string ProfileFields(string name, string logoId, string letterId, bool signatureAuthorization = false, string intro = "专业的金融理财服务")
        => $$"""
            name: "{{name}}", remark: "主服务号", industry: FINANCE, intro: "{{intro}}", logoFileId: "{{logoId}}",
            signatureAuthorization: {{(signatureAuthorization ? "true" : "false")}}, authorizationLetterFileId: "{{letterId}}"
            """;

    public Task<JsonElement> TryCreateServiceNumberAsync(string fields)
        => AsTenant.TryMutateAsync("createServiceNumber", $"{{ {fields} }}", ServiceNumberSelection + " eventToken", SaveErrors);

    /// <summary>Creates a service number (PENDING) and returns its id and event token.</summary>
    public async Task<(string Id, string EventToken)> CreateServiceNumberAsync(string? name = null, bool signatureAuthorization = false)
    {
        var payload = await TryCreateServiceNumberAsync(ProfileFields(name ?? UniqueName(), await UploadLogoAsync(), await UploadLetterAsync(), signatureAuthorization));
        payload.AssertNoErrors();
        return (payload.GetProperty("serviceNumber").GetProperty("id").GetString()!, payload.GetProperty("eventToken").GetString()!);
    }

    /// <summary>Creates a service number and has it approved; returns its id and event token.</summary>
    public async Task<(string Id, string EventToken)> ApprovedServiceNumberAsync(string? name = null, bool signatureAuthorization = false)
    {
        var created = await CreateServiceNumberAsync(name, signatureAuthorization);
        await ApproveAsync(created.Id);
        return created;
    }

    public async Task ApproveAsync(string subjectId)
    {
        var approved = await Filing.ApproveAsync(subjectId);
        approved.AssertNoErrors();
    }

    public const string TwoItemMenu = """
        [{ name: "优惠活动", action: OPEN_URL, url: "https://example.cn/offers", pageTitle: "优惠" },
         { name: "服务", action: OPEN_SUBMENU, children: [
            { name: "客服热线", action: CALL, phoneNumber: "95555" },
            { name: "快应用", action: OPEN_QUICK_APP, deeplink: "hap://app/cn.example.bank/home" }] }]
        """;

    public Task<JsonElement> TrySaveMenuAsync(string serviceNumberId, string items)
        => AsTenant.TryMutateAsync("saveServiceNumberMenu", $$"""{ serviceNumberId: "{{serviceNumberId}}", items: {{items}} }""",
            "menu { id revision reviewStatus items { name action children { name action } } }", RevisionErrors);

    /// <summary>Saves a menu that must be accepted; returns the revision's id.</summary>
    public async Task<string> SaveMenuAsync(string serviceNumberId, string items = TwoItemMenu)
    {
        var payload = await TrySaveMenuAsync(serviceNumberId, items);
        payload.AssertNoErrors();
        return payload.GetProperty("menu").GetProperty("id").GetString()!;
    }

    public const string Hotlines = """[{ number: "400-8008888", usage: "客服" }, { number: "95555", usage: "信用卡" }]""";

    public const string QuickApps = """[{ name: "掌上银行", deeplink: "hap://app/cn.example.bank" }]""";

    public Task<JsonElement> TrySaveHomepageAsync(string serviceNumberId, string backgroundId, string intro = "欢迎来到示例银行",
        string hotlines = Hotlines, string quickApps = QuickApps)
        => AsTenant.TryMutateAsync("saveServiceNumberHomepage",
            $$"""{ serviceNumberId: "{{serviceNumberId}}", backgroundImageId: "{{backgroundId}}", intro: "{{intro}}", hotlines: {{hotlines}}, quickApps: {{quickApps}} }""",
            "homepage { id revision reviewStatus intro hotlines { number usage } quickApps { name deeplink } }", RevisionErrors);

    public async Task<string> SaveHomepageAsync(string serviceNumberId)
    {
        var payload = await TrySaveHomepageAsync(serviceNumberId, await UploadBackgroundAsync());
        payload.AssertNoErrors();
        return payload.GetProperty("homepage").GetProperty("id").GetString()!;
    }

    public Task<JsonElement> TryCreateChannelNumberAsync(string type, string number, string signatures, string proofs = "[]")
        => AsTenant.TryMutateAsync("createChannelNumber", $$"""{ type: {{type}}, number: "{{number}}", signatures: {{signatures}}, proofImageIds: {{proofs}} }""",
            "channelNumber { id type number signatures reviewStatus proofImages { id } }", SaveErrors);

    /// <summary>Registers a channel number and has it approved; returns its id.</summary>
    public async Task<string> ApprovedChannelNumberAsync(string type, string number, params string[] signatures)
    {
        var proof = await AsTenant.UploadIdAsync(TestImages.Png(600, 800), "proof.png", "AUTHORIZATION_IMAGE");
        var payload = await TryCreateChannelNumberAsync(type, number, JsonSerializer.Serialize(signatures), $"[\"{proof}\"]");
        payload.AssertNoErrors();
        var id = payload.GetProperty("channelNumber").GetProperty("id").GetString()!;
        await ApproveAsync(id);
        return id;
    }

    /// <param name="region">A region, or null to let the platform choose from the channel number's prefix.</param>
    public Task<JsonElement> TryBindAsync(string serviceNumberId, string channelNumberId, string? region)
        => AsTenant.TryMutateAsync("bindChannelNumber",
            $$"""{ serviceNumberId: "{{serviceNumberId}}", channelNumberId: "{{channelNumberId}}"{{(region is null ? "" : $", region: {region}")}} }""",
            "binding { id region serviceNumber { id } channelNumber { id } }", BindErrors);

    /// <summary>Binds once the service number is EFFECTIVE (binding needs it; the host's activation delay is short).</summary>
    public async Task<string> BindAsync(string serviceNumberId, string channelNumberId, string region)
    {
        await WaitUntilEffectiveAsync(serviceNumberId);
        var payload = await TryBindAsync(serviceNumberId, channelNumberId, region);
        payload.AssertNoErrors();
        return payload.GetProperty("binding").GetProperty("id").GetString()!;
    }

    /// <summary>Polls until the activation job makes the service number EFFECTIVE; bounded.</summary>
    public async Task WaitUntilEffectiveAsync(string serviceNumberId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        string? status = null;
        while (DateTime.UtcNow < deadline)
        {
            status = await StatusAsync(serviceNumberId);
            if (status == "EFFECTIVE")
                return;
            await Task.Delay(100);
        }
        Assert.Fail($"The service number did not become EFFECTIVE in time (status {status}).");
    }

    public async Task<string> StatusAsync(string serviceNumberId)
    {
        var data = await AsTenant.QueryAsync($$"""{ node(id: "{{serviceNumberId}}") { ... on ServiceNumber { status } } }""");
        return data.GetProperty("node").GetProperty("status").GetString()!;
    }
}
