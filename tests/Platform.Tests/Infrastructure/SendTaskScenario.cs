using System.Text.Json;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>A tenant fully configured to send: approved filing, app, approved signature, active smart-message template.</summary>
public sealed class SendTaskScenario(MessagingScenario messaging, string app, string signature, string template)
{
    /// <summary>Settings that make a test instance dispatch and answer receipts within milliseconds.</summary>
    public static readonly Dictionary<string, string?> FastDispatch = new()
    {
        ["Dispatch:PollInterval"] = "00:00:00.050",
        ["Gateway:SandboxReceiptDelay"] = "00:00:00.100",
    };

    public const string TaskSelection = "sendTask { id status numbers { total invalid resolvable unresolvable submitted } progress { sent delivered failed skipped clicks uniqueClicks } }";

    public static readonly string PublicSmartTemplate = GlobalId.Encode("SmartTemplate", PublicSmartTemplates.Notice);

    /// <summary>The database key of a send task's global ID, for tests that read its rows directly.</summary>
    public static Guid Key(string taskId)
    {
        Assert.True(GlobalId.TryDecode(taskId, "SendTask", out var key), taskId);
        return key;
    }

    public GraphQLClient AsTenant => messaging.AsTenant;

    public MessagingScenario Messaging => messaging;

    public string App => app;

    public string Signature => signature;

    public string Template => template;

    public static async Task<SendTaskScenario> StartAsync(IPlatformInstance host, string slugStem = "sender")
    {
        var messaging = await MessagingScenario.StartAsync(host, slugStem);
        var app = await messaging.CreateAppAsync();
        var signature = await messaging.ApprovedSignatureAsync(app);
        var template = await messaging.ApprovedTemplateAsync(app, signature);
        return new SendTaskScenario(messaging, app, signature, template);
    }

    /// <summary>A createSendTask/previewSendTask input; <paramref name="numbers"/> or <paramref name="fileId"/> chooses the source.</summary>
    public string Input(string name = "双十一通知", IEnumerable<string>? numbers = null, string? fileId = null, string fallback = "NONE",
        string extra = "", string? template = null, string? signature = null, string? app = null)
    {
        var source = fileId is null
            ? $"numberSource: MANUAL, numbers: {JsonSerializer.Serialize(numbers ?? ["13800138000,A100"])}"
            : $"numberSource: FILE, numberFileId: \"{fileId}\"";
        return $"{{ name: {JsonSerializer.Serialize(name)}, smartTemplateId: \"{PublicSmartTemplate}\", smsAppId: \"{app ?? App}\", "
            + $"signatureId: \"{signature ?? Signature}\", smsTemplateId: \"{template ?? Template}\", sendMode: IMMEDIATE, "
            + $"fallback: {fallback}, {source} {extra} }}";
    }

    public Task<JsonElement> TryCreateAsync(string input)
        => AsTenant.TryMutateAsync("createSendTask", input, TaskSelection + " numbers { total submitted }",
            "... on ValidationError { field } ... on NotFoundError { field } ... on PreconditionFailedError { precondition }");

    public async Task<string> CreateAsync(string input)
    {
        var payload = await TryCreateAsync(input);
        payload.AssertNoErrors();
        return payload.GetProperty("sendTask").GetProperty("id").GetString()!;
    }

    private const string TaskFields = "status numbers { total invalid resolvable unresolvable submitted } progress { sent delivered failed expired skipped clicks uniqueClicks buttonClicks }";

    public Task<JsonElement> TaskAsync(string id) => TaskAsync(AsTenant, id);

    public static async Task<JsonElement> TaskAsync(GraphQLClient client, string id)
        => (await client.QueryAsync($$"""{ node(id: "{{id}}") { ... on SendTask { {{TaskFields}} } } }""")).GetProperty("node");

    public Task<JsonElement> WaitForAsync(string id, Func<JsonElement, bool> done, TimeSpan? timeout = null) => WaitForAsync(AsTenant, id, done, timeout);

    /// <summary>Waits (bounded) until the task satisfies <paramref name="done"/>; fails with the last state otherwise.</summary>
    public static async Task<JsonElement> WaitForAsync(GraphQLClient client, string id, Func<JsonElement, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        JsonElement task;
        do
        {
            task = await TaskAsync(client, id);
            if (done(task))
                return task;
            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"Task {id} did not reach the expected state in time: {task}");
        return task;
    }

    public static bool Finished(JsonElement task) => task.GetProperty("status").GetString() is "COMPLETED" or "COMPLETED_WITH_FAILURES" or "FAILED";

    /// <summary>Every message handed to the gateway: SENT (waiting for receipts) or already final.</summary>
    public static bool HandedOver(JsonElement task) => Finished(task) || task.GetProperty("status").GetString() == "SENT";

    public static int Progress(JsonElement task, string counter) => task.GetProperty("progress").GetProperty(counter).GetInt32();

    public static int Numbers(JsonElement task, string counter) => task.GetProperty("numbers").GetProperty(counter).GetInt32();
}
