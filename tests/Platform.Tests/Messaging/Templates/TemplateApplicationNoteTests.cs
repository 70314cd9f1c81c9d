using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Messaging;

/// <summary>A template's 申请说明 (applicationNote): optional, at most 80 characters, shown to the reviewer.</summary>
public sealed class TemplateApplicationNoteTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task The_note_is_kept_for_the_reviewer_and_limited_to_eighty_characters()
    {
        var story = await MessagingScenario.StartAsync(fixture.Host, "tpl-note");
        var app = await story.CreateAppAsync();
        var signature = await story.ApprovedSignatureAsync(app);
        string Input(string note) => MessagingScenario.TemplateInput(app, signature, MessagingScenario.SmartTemplateContent, MessagingScenario.SmartVariables)
            .TrimEnd('}') + $", applicationNote: \"{note}\" }}";

        var tooLong = await story.TryCreateTemplateAsync(Input(new string('说', 81)));
        Assert.Equal(("ValidationError", "applicationNote"), (tooLong.ErrorType(), tooLong.ErrorField()));

        var created = await story.TryCreateTemplateAsync(Input("  订单发货后通知下单用户  "));
        created.AssertNoErrors();
        var id = created.GetProperty("smsTemplate").GetProperty("id").GetString()!;
        var seen = await story.AsTenant.QueryAsync($$"""{ node(id: "{{id}}") { ... on SmsTemplate { applicationNote } } }""");
        Assert.Equal("订单发货后通知下单用户", seen.GetProperty("node").GetProperty("applicationNote").GetString());
    }
}
