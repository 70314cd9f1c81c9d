using System.Text.Json;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>A tenant ready to send video SMS: approved BASIC_EDITION filing and an approved video template with two placeholders.</summary>
public sealed class VideoTaskScenario(VideoTemplateScenario templates, string template)
{
    public const string TaskSelection = "videoTask { id name status expiryHours numbers { total invalid resolvable submitted } progress { sent delivered failed expired skipped } template { id } }";
    public const string ErrorSelection = "... on ValidationError { field } ... on NotFoundError { field } ... on PreconditionFailedError { precondition } ... on ConflictError { message }";
    private const string TaskFields = "status expiryHours numbers { total invalid resolvable submitted } progress { sent delivered failed expired skipped }";

    public VideoTemplateScenario Templates => templates;

    public GraphQLClient AsTenant => templates.AsTenant;

    public string TenantKey => templates.Filing.Tenant.Key;

    public string Template => template;

    public static async Task<VideoTaskScenario> StartAsync(IPlatformInstance host, string slugStem = "videotask")
    {
        var templates = await VideoTemplateScenario.StartAsync(host, slugStem);
        await templates.Filing.ApprovedBasicEditionFilingAsync();
        return new VideoTaskScenario(templates, await templates.ApprovedTemplateAsync());
    }

    /// <summary>A createVideoTask/previewVideoTask input; <paramref name="numbers"/> or <paramref name="fileId"/> chooses the source.</summary>
    public string Input(string name = "发货通知", IEnumerable<string>? numbers = null, string? fileId = null, string extra = "", string? template = null)
    {
        var source = fileId is null
            ? $"numberSource: MANUAL, numbers: {JsonSerializer.Serialize(numbers ?? ["13800138000,张三,A100"])}"
            : $"numberSource: FILE, numberFileId: \"{fileId}\"";
        return $"{{ name: {JsonSerializer.Serialize(name)}, templateId: \"{template ?? Template}\", sendMode: IMMEDIATE, {source} {extra} }}";
    }

    public Task<JsonElement> TryCreateAsync(string input, GraphQLClient? by = null)
        => (by ?? AsTenant).TryMutateAsync("createVideoTask", input, TaskSelection + " numbers { total submitted }", ErrorSelection);

    public async Task<string> CreateAsync(string input)
    {
        var payload = await TryCreateAsync(input);
        payload.AssertNoErrors();
        return payload.GetProperty("videoTask").GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> TaskAsync(GraphQLClient client, string id)
        => (await client.QueryAsync($$"""{ node(id: "{{id}}") { ... on VideoTask { {{TaskFields}} } } }""")).GetProperty("node");

    /// <summary>Waits (bounded) until the task satisfies <paramref name="done"/>; fails with the last state otherwise.</summary>
    public static async Task<JsonElement> WaitForAsync(GraphQLClient client, string id, Func<JsonElement, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        JsonElement task;
        do
        {
            task = await TaskAsync(client, id);
            if (task.ValueKind == JsonValueKind.Object && done(task))
                return task;
            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"Video task {id} did not reach the expected state in time: {task}");
        return task;
    }
}
