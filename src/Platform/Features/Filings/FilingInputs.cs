using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Filings;

public sealed record SaveFilingInput
{
    [Description("The area; one filing per area.")] public required ProductArea ProductArea { get; init; }

    [Description("SMART_MESSAGE only: SEND_TASK and/or SHORT_LINK.")] public List<FilingKind>? Kinds { get; init; }

    [Description("All documents of the filing (replaces the previous list).")] public required List<FilingDocumentInput> Documents { get; init; }
}

public sealed record FilingDocumentInput
{
    [Description("Which document.")] public required DocumentType Type { get; init; }

    [Id, Description("An uploaded file of the tenant (see uploadFile).")] public required string FileId { get; init; }
}

public sealed record SubmitFilingInput
{
    [Id, Description("The filing.")] public required string Id { get; init; }
}
