using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Filings;
using KooMessage.Platform.Http;

namespace KooMessage.Platform.Features.Documents;

/// <summary>One downloadable document as <c>documentTemplates</c> lists it: an uploaded template or a generated sample.</summary>
public sealed record DocumentEntry(ProductArea Area, DocumentKind Kind, string FileName, string ContentType, long Size, bool Generated, DateTime? UpdatedAt)
{
    public string DownloadUrl => DocumentDownloadEndpoint.PathFor(Area, Kind);

    public static DocumentEntry Uploaded(DocumentTemplate template)
        => new(template.Area, template.Kind, template.FileName, template.ContentType, template.Size, false, template.UpdatedAt);

    public static DocumentEntry GeneratedFor(ProductArea area, DocumentKind kind)
        => new(area, kind, DocumentRules.GeneratedFileName(kind), CsvResponse.ContentType, CsvResponse.ByteOrderMark.Length
            + System.Text.Encoding.UTF8.GetByteCount(DocumentRules.GeneratedContent(kind)), true, null);
}
