using System.Text;
using System.Text.Json;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>The steps of the basic-edition story shared by tests: resources, a template, its review.</summary>
public sealed class VideoTemplateScenario(FilingScenario filing)
{
    public const string Selection = "videoTemplate { id name title reviewStatus hasApprovedRevision approvedTitle parameters totalSize frames { resources { kind text size file { id kind } } } }";
    public const string ErrorSelection = "... on ValidationError { field } ... on NotFoundError { field }";

    public FilingScenario Filing => filing;

    public GraphQLClient AsTenant => filing.AsTenant;

    public static async Task<VideoTemplateScenario> StartAsync(IPlatformInstance host, string slugStem = "video")
        => new(await FilingScenario.StartAsync(host, slugStem));

    public Task<string> UploadAsync(byte[] bytes, string name) => AsTenant.UploadIdAsync(bytes, name, "VIDEO_SMS_RESOURCE");

    /// <summary>An image, an audio clip and a text with two placeholders: the template of the issue's story.</summary>
    public async Task<string> FramesWithMediaAsync()
    {
        var image = await UploadAsync(TestImages.Jpeg(640, 360), "cover.jpg");
        var audio = await UploadAsync(TestMedia.Mp3(2000), "jingle.mp3");
        return $$"""[{ resources: [{ kind: IMAGE, fileId: "{{image}}" }, { kind: AUDIO, fileId: "{{audio}}" }] }, { resources: [{ kind: TEXT, text: "尊敬的#p_1#，您的订单#p_2#已发货" }] }]""";
    }

    public Task<JsonElement> CreateAsync(string frames, string name = "订单通知", string title = "发货通知")
        => AsTenant.TryMutateAsync("createVideoTemplate", $"{{ name: {Json(name)}, title: {Json(title)}, frames: {frames} }}", Selection, ErrorSelection);

    public Task<JsonElement> UpdateAsync(string id, string frames, string name = "订单通知", string title = "发货通知")
        => AsTenant.TryMutateAsync("updateVideoTemplate", $"{{ id: \"{id}\", name: {Json(name)}, title: {Json(title)}, frames: {frames} }}", Selection, ErrorSelection);

    /// <summary>Creates the story's template and has the reviewer approve it; returns its id.</summary>
    public async Task<string> ApprovedTemplateAsync()
    {
        var created = await CreateAsync(await FramesWithMediaAsync());
        created.AssertNoErrors();
        var id = created.GetProperty("videoTemplate").GetProperty("id").GetString()!;
        (await filing.ApproveAsync(id)).AssertNoErrors();
        return id;
    }

    public static string TextFrames(params string[] texts)
        => "[" + string.Join(", ", texts.Select(t => $"{{ resources: [{{ kind: TEXT, text: {Json(t)} }}] }}")) + "]";

    private static string Json(string value) => JsonSerializer.Serialize(value, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
