using System.ComponentModel;

namespace KooMessage.Platform.Features.Filings;

public sealed record SaveFilingInput
{
    [Description("The area; one filing per area.")] public required ProductArea ProductArea { get; init; }

    [Description("SMART_MESSAGE only: SEND_TASK and/or SHORT_LINK.")] public List<FilingKind>? Kinds { get; init; }

    [Description("All documents of the filing (replaces the previous list).")] public required List<FilingDocumentInput> Documents { get; init; }
}
