using System.Text;
using KooMessage.Platform.Features.BasicEdition;
using KooMessage.Platform.Features.Documents;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Tests.Documents;

/// <summary>The number-file samples the platform generates are files its own parser takes as they stand.</summary>
public sealed class DocumentSampleTests
{
    [Fact]
    public async Task The_smart_task_sample_parses_with_two_variables_and_a_custom_url()
    {
        var layout = NumberFileLayout.ForSmsTemplate(
            [new TemplateVariable(1, TemplateVariableType.Text, 10), new TemplateVariable(2, TemplateVariableType.CharDigit, 10), new TemplateVariable(3, TemplateVariableType.ShortLink, 0)],
            allowCustomUrl: true);
        var (result, recipients) = await ParseAsync(DocumentKind.SmartTaskNumberFileSample, layout);
        Assert.Equal((2, 0), (result.Total, result.Invalid));
        Assert.Equal(["+8613800138000", "+8613800138001"], recipients.Select(r => r.Phone));
        Assert.Equal([null, "https://example.com/orders/O1002"], recipients.Select(r => r.CustomUrl));
        Assert.All(recipients, r => Assert.Null(r.Problem));
    }

    [Fact]
    public async Task The_video_task_sample_parses_with_two_placeholders()
    {
        var (result, _) = await ParseAsync(DocumentKind.VideoTaskNumberFileSample, VideoTaskRules.Layout(2));
        Assert.Equal((2, 0), (result.Total, result.Invalid));
    }

    [Fact]
    public void Every_area_offers_each_of_its_documents_once_and_only_samples_are_generated()
    {
        foreach (var area in Enum.GetValues<KooMessage.Platform.Features.Filings.ProductArea>())
            Assert.Equal(DocumentRules.For(area).Count, DocumentRules.For(area).Distinct().Count());
        Assert.Equal([DocumentKind.SmartTaskNumberFileSample, DocumentKind.VideoTaskNumberFileSample], Enum.GetValues<DocumentKind>().Where(DocumentRules.IsGenerated));
    }

    private static async Task<(NumberParseResult Result, List<ParsedRecipient> Recipients)> ParseAsync(DocumentKind kind, NumberFileLayout layout)
    {
        var recipients = new List<ParsedRecipient>();
        var bytes = Encoding.UTF8.GetBytes(DocumentRules.GeneratedContent(kind));
        var result = await NumberParser.ParseAsync(new MemoryStream([.. Encoding.UTF8.Preamble, .. bytes]), layout, _ => true,
            r => { recipients.Add(r); return ValueTask.CompletedTask; }, CancellationToken.None);
        return (result, recipients);
    }
}
