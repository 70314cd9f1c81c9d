using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Messaging;

/// <summary>
/// A card's life after creation: edited while a draft or rejected, revised while approved (the approved content
/// stays in use until the revision is approved), copied from a public or an own card; public cards and other
/// tenants' cards cannot be changed or copied.
/// </summary>
public sealed class SmartTemplateLifecycleTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private const string Selection = "smartTemplate { id name reviewStatus usable parameters { name maxLength } revision { name parameters { name } } }";
    private const string Errors = "... on ValidationError { field } ... on NotFoundError { field } ... on InvalidStateError { state }";

    private static string Content(string name, string parameter) => $$$"""
        name: "{{{name}}}", parameters: [{ name: "{{{parameter}}}", maxLength: 30 }],
        pages: [{ components: [{ type: TITLE, text: "{{{{{parameter}}}}}" }, { type: BUTTON, text: "查看", url: "https://example.cn/a" }] }]
        """;

    [Fact]
    public async Task An_approved_card_stays_in_use_while_its_revision_is_reviewed()
    {
        var story = await MessagingScenario.StartAsync(fixture.Host, "card-life");
        var created = await story.AsTenant.MutateAsync("createSmartTemplate", $"{{ {Content("通知一", "who")} }}", Selection);
        var id = created.GetProperty("smartTemplate").GetProperty("id").GetString()!;
        (await story.Filing.RejectAsync(id, "标题不清楚")).AssertNoErrors();

        // Rejected: edited in place.
        var edited = (await story.AsTenant.MutateAsync("updateSmartTemplate", $"{{ id: \"{id}\", {Content("通知二", "who")} }}", Selection)).GetProperty("smartTemplate");
        Assert.Equal("通知二", edited.GetProperty("name").GetString());
        Assert.Equal("PENDING", edited.GetProperty("reviewStatus").GetString());
        Assert.Equal(30, edited.GetProperty("parameters")[0].GetProperty("maxLength").GetInt32());
        Assert.Equal("InvalidStateError", (await story.AsTenant.TryMutateAsync("updateSmartTemplate", $"{{ id: \"{id}\", {Content("通知三", "who")} }}", Selection, Errors)).ErrorType());
        (await story.Filing.ApproveAsync(id)).AssertNoErrors();

        // Approved: a revision under review; the approved content stays usable.
        var revised = (await story.AsTenant.MutateAsync("updateSmartTemplate", $"{{ id: \"{id}\", {Content("通知三", "name")} }}", Selection)).GetProperty("smartTemplate");
        Assert.Equal("通知二", revised.GetProperty("name").GetString());
        Assert.Equal("PENDING", revised.GetProperty("reviewStatus").GetString());
        Assert.True(revised.GetProperty("usable").GetBoolean());
        Assert.Equal("通知三", revised.GetProperty("revision").GetProperty("name").GetString());
        (await story.Filing.ApproveAsync(id)).AssertNoErrors();
        var live = (await story.AsTenant.QueryAsync($"{{ node(id: \"{id}\") {{ ... on SmartTemplate {{ name revision {{ name }} parameters {{ name }} }} }} }}")).GetProperty("node");
        Assert.Equal("通知三", live.GetProperty("name").GetString());
        Assert.Equal("name", live.GetProperty("parameters")[0].GetProperty("name").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, live.GetProperty("revision").ValueKind);

        // Copies: of a public card and of an own card; another tenant's card is not found, a public one cannot change.
        var copy = (await story.AsTenant.MutateAsync("copySmartTemplate", $"{{ id: \"{SendTaskScenario.PublicSmartTemplate}\", name: \"我的通知\" }}", Selection)).GetProperty("smartTemplate");
        Assert.Equal("我的通知", copy.GetProperty("name").GetString());
        Assert.Equal("PENDING", copy.GetProperty("reviewStatus").GetString());
        Assert.Equal(2, copy.GetProperty("parameters").GetArrayLength());
        Assert.Equal("通知三", (await story.AsTenant.MutateAsync("copySmartTemplate", $"{{ id: \"{id}\" }}", Selection)).GetProperty("smartTemplate").GetProperty("name").GetString());
        var publicEdit = await story.AsTenant.TryMutateAsync("updateSmartTemplate", $"{{ id: \"{SendTaskScenario.PublicSmartTemplate}\", {Content("改公共", "who")} }}", Selection, Errors);
        Assert.Equal("InvalidStateError", publicEdit.ErrorType());

        var other = await MessagingScenario.StartAsync(fixture.Host, "card-other");
        var stolen = await other.AsTenant.TryMutateAsync("copySmartTemplate", $"{{ id: \"{id}\" }}", Selection, "... on NotFoundError { field }");
        Assert.Equal("NotFoundError", stolen.ErrorType());
        Assert.Equal("id", stolen.ErrorField());
        Assert.Equal("NotFoundError", (await other.AsTenant.TryMutateAsync("updateSmartTemplate", $"{{ id: \"{id}\", {Content("偷改", "who")} }}", Selection, Errors)).ErrorType());
    }
}
