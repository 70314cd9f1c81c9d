using KooMessage.Platform.Data;
using KooMessage.Platform.Features.Filings;

namespace KooMessage.Platform.Features.Documents;

/// <summary>
/// A document a platform admin uploaded for every tenant to download (one per area and kind; a new
/// upload replaces it). Platform-owned, so it is not a tenant's <c>StoredFile</c>: the row keeps its own
/// blob key. Generated documents (number-file samples) have no row.
/// </summary>
public sealed class DocumentTemplate : Entity
{
    private DocumentTemplate()
    {
    }

    public ProductArea Area { get; private set; }

    public DocumentKind Kind { get; private set; }

    /// <summary>The uploaded file's name, without any path.</summary>
    public string FileName { get; private set; } = null!;

    public string ContentType { get; private set; } = null!;

    public long Size { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string Sha256 { get; private set; } = null!;

    public string BlobKey { get; private set; } = null!;

    public static DocumentTemplate Create(ProductArea area, DocumentKind kind, string fileName, string contentType, long size, string sha256)
    {
        var template = new DocumentTemplate { Area = area, Kind = kind, FileName = fileName, ContentType = contentType, Size = size, Sha256 = sha256 };
        template.BlobKey = $"documents/{template.Id:N}";
        return template;
    }
}
