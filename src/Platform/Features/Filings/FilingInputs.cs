namespace KooMessage.Platform.Features.Filings;

public sealed class FilingDocumentInput
{
    public DocumentType Type { get; set; }

    public string FileId { get; set; } = string.Empty;
}

public sealed class SaveFilingInput
{
    public ProductArea ProductArea { get; set; }

    public List<FilingKind>? Kinds { get; set; }

    public List<FilingDocumentInput> Documents { get; set; } = [];
}

public sealed class SubmitFilingInput
{
    public string Id { get; set; } = string.Empty;
}
