using System.Net;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.BasicEdition;

/// <summary>Video tasks refuse bad input with typed errors naming the field, store nothing, and never show one tenant's things to another.</summary>
public sealed class VideoTaskValidationTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private PlatformHost Host => fixture.Host;

    private static string Refusal(JsonElement payload)
    {
        var error = payload.Error();
        return error.GetProperty("__typename").GetString() + ":" + (error.TryGetProperty("field", out var f) ? f.GetString()
            : error.TryGetProperty("precondition", out var p) ? p.GetString() : "");
    }

    private static async Task<int> VideoTaskCount(GraphQLClient client)
        => (await client.QueryAsync("{ videoTasks { totalCount } }")).GetProperty("videoTasks").GetProperty("totalCount").GetInt32();

    [Fact]
    public async Task Bad_settings_unusable_templates_and_a_missing_filing_are_typed_errors_and_nothing_is_stored()
    {
        var story = await VideoTaskScenario.StartAsync(Host, "vtbad");
        Assert.Equal("ValidationError:expiryHours", Refusal(await story.TryCreateAsync(story.Input(extra: "expiryHours: 0"))));
        Assert.Equal("ValidationError:expiryHours", Refusal(await story.TryCreateAsync(story.Input(extra: "expiryHours: 73"))));
        Assert.Equal("ValidationError:name", Refusal(await story.TryCreateAsync(story.Input(name: new string('名', 33)))));
        Assert.Equal("ValidationError:name", Refusal(await story.TryCreateAsync(story.Input(name: ""))));
        Assert.Equal("ValidationError:numbers", Refusal(await story.TryCreateAsync(story.Input(numbers: Enumerable.Range(0, 11).Select(i => $"1380013800{i % 10},a,b")))));
        Assert.Equal("ValidationError:scheduledAt", Refusal(await story.TryCreateAsync(story.Input().Replace("sendMode: IMMEDIATE", "sendMode: SCHEDULED, scheduledAt: \"2020-01-01T00:00:00Z\""))));
        Assert.Equal("NotFoundError:templateId", Refusal(await story.TryCreateAsync(story.Input(template: "VmlkZW9UZW1wbGF0ZTowMTkwMDAwMDAwMDA3MDAwODAwMDAwMDAwMDAwMDAwMA"))));
        Assert.Equal("NotFoundError:numberFileId", Refusal(await story.TryCreateAsync(story.Input(fileId: "RmlsZTowMTkwMDAwMDAwMDA3MDAwODAwMDAwMDAwMDAwMDAwMA"))));

        // A template still in review is not usable.
        var pending = (await story.Templates.CreateAsync(VideoTemplateScenario.TextFrames("#p_1#"), name: "待审核")).GetProperty("videoTemplate").GetProperty("id").GetString()!;
        Assert.Equal("PreconditionFailedError:APPROVED_VIDEO_TEMPLATE", Refusal(await story.TryCreateAsync(story.Input(template: pending))));

        // A tenant without an approved BASIC_EDITION filing (a template of its own approved all the same).
        var unfiled = await VideoTemplateScenario.StartAsync(Host, "vtnofiling");
        var template = await unfiled.ApprovedTemplateAsync();
        var withoutFiling = new VideoTaskScenario(unfiled, template);
        Assert.Equal("PreconditionFailedError:APPROVED_BASIC_EDITION_FILING", Refusal(await withoutFiling.TryCreateAsync(withoutFiling.Input())));

        // The preview answers the same refusals as top-level errors with the domain error's code.
        var preview = await story.AsTenant.PostAsync($"{{ previewVideoTask(input: {story.Input(extra: "expiryHours: 73")}) {{ numbers {{ total }} }} }}");
        Assert.Equal("VALIDATION", preview.FirstErrorCode);
        Assert.Contains("expiryHours", preview.Body.GetProperty("errors")[0].GetProperty("message").GetString());

        Assert.Equal(0, await VideoTaskCount(story.AsTenant));
        Assert.Equal(0, await VideoTaskCount(withoutFiling.AsTenant));
    }

    [Fact]
    public async Task Rows_short_of_parameters_are_counted_invalid_never_fatal()
    {
        var story = await VideoTaskScenario.StartAsync(Host, "vtrows");
        var created = await story.TryCreateAsync(story.Input(numbers: ["13800138000,张三,A100", "13900139000,李四", "13700137000,王五,A3,多余", "abc,x,y", "13800138000,张三,A100"]));
        created.AssertNoErrors();
        var numbers = created.GetProperty("videoTask").GetProperty("numbers");
        Assert.Equal((4, 3, 1), (numbers.GetProperty("total").GetInt32(), numbers.GetProperty("invalid").GetInt32(), numbers.GetProperty("submitted").GetInt32()));
        var id = created.GetProperty("videoTask").GetProperty("id").GetString()!;
        var recipients = await story.AsTenant.QueryAsync($$"""{ node(id: "{{id}}") { ... on VideoTask { recipients { nodes { phone channel state variables errorCode } } } } }""");
        var rows = recipients.GetProperty("node").GetProperty("recipients").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["VIDEO:PENDING:", "SKIPPED:INVALID:MISSING_VARIABLES", "SKIPPED:INVALID:TOO_MANY_COLUMNS", "SKIPPED:INVALID:INVALID_NUMBER"],
            rows.Select(r => $"{r.GetProperty("channel").GetString()}:{r.GetProperty("state").GetString()}:{r.GetProperty("errorCode").GetString()}")
                .Select(s => s.Replace("DELIVERED", "PENDING").Replace("SUBMITTED", "PENDING")));
        Assert.Equal(["张三", "A100"], rows[0].GetProperty("variables").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task Another_tenants_templates_tasks_samples_and_files_are_invisible_and_unusable()
    {
        var owner = await VideoTaskScenario.StartAsync(Host, "vtowner");
        var intruder = await VideoTaskScenario.StartAsync(Host, "vtintruder");
        var ownersFile = await owner.AsTenant.UploadIdAsync(TestFiles.Csv("13800138000,张三,A1"), "numbers.csv", "NUMBER_FILE");
        var at = DateTime.UtcNow.AddMinutes(30).ToString("O");
        var task = await owner.CreateAsync(owner.Input(fileId: ownersFile).Replace("sendMode: IMMEDIATE", $"sendMode: SCHEDULED, scheduledAt: \"{at}\""));

        Assert.Equal("NotFoundError:templateId", Refusal(await intruder.TryCreateAsync(intruder.Input(template: owner.Template))));
        Assert.Equal("NotFoundError:numberFileId", Refusal(await intruder.TryCreateAsync(intruder.Input(fileId: ownersFile))));
        Assert.Equal(0, await VideoTaskCount(intruder.AsTenant));
        Assert.Equal(JsonValueKind.Null, (await intruder.AsTenant.QueryAsync($$"""{ node(id: "{{task}}") { id } }""")).GetProperty("node").ValueKind);
        var cancel = await intruder.AsTenant.TryMutateAsync("cancelVideoTask", $$"""{ id: "{{task}}" }""", "videoTask { id }", "... on NotFoundError { field }");
        Assert.Equal("NotFoundError", cancel.ErrorType());
        using var http = Host.CreateClient(intruder.TenantKey);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/basic-edition/templates/{owner.Template}/sample.csv")).StatusCode);
        using var anonymous = Host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/basic-edition/templates/{owner.Template}/sample.csv")).StatusCode);

        // A video task is not a smart task: neither list nor cancellation mixes the kinds.
        var smartCancel = await owner.AsTenant.TryMutateAsync("cancelSendTask", $$"""{ id: "{{task}}" }""", "sendTask { id }", "... on NotFoundError { field }");
        Assert.Equal("NotFoundError", smartCancel.ErrorType());
        var cancelled = await owner.AsTenant.MutateAsync("cancelVideoTask", $$"""{ id: "{{task}}" }""", "videoTask { status }");
        Assert.Equal("CANCELLED", cancelled.GetProperty("videoTask").GetProperty("status").GetString());
    }
}
