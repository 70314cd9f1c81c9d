namespace KooMessage.Platform.Features.Filings;

/// <summary>One document of a filing: its type and the tenant's uploaded file.</summary>
public sealed record FilingDocument(DocumentType Type, Guid FileId);
