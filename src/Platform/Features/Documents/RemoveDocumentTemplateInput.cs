using System.ComponentModel;
using KooMessage.Platform.Features.Filings;

namespace KooMessage.Platform.Features.Documents;

public sealed record RemoveDocumentTemplateInput
{
    [Description("The area.")] public required ProductArea Area { get; init; }

    [Description("The uploaded document to withdraw from download.")] public required DocumentKind Kind { get; init; }
}
