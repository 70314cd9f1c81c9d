using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Files;

/// <summary>
/// A tenant's uploaded file (GraphQL <c>FileRef</c>): the database row; the bytes are in the blob
/// store under <see cref="BlobKey"/>. Documents, licences and number files reference it by id, so a
/// file is uploaded once and reused.
/// </summary>
public sealed class StoredFile : Entity, ITenantOwned, INodeEntity
{
    public const int NameMax = 200;

    public static string GraphTypeName => "FileRef";

    public static string Noun => "file";

    private StoredFile()
    {
    }

    public Guid TenantId { get; set; }

    /// <summary>The client's file name, without any path, for display only.</summary>
    public string Name { get; private set; } = null!;

    public FileKind Kind { get; private set; }

    public string ContentType { get; private set; } = null!;

    public FilePurpose Purpose { get; private set; }

    public long Size { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string Sha256 { get; private set; } = null!;

    public string BlobKey { get; private set; } = null!;

    /// <summary>Pixel width of an image or video, read from its header.</summary>
    public int? Width { get; private set; }

    /// <summary>Pixel height of an image or video, read from its header.</summary>
    public int? Height { get; private set; }

    /// <summary>Duration of an audio or video clip in milliseconds, read from its header.</summary>
    public int? DurationMs { get; private set; }

    public static StoredFile Create(Guid tenantId, string name, FileKind kind, string contentType, FilePurpose purpose, long size, string sha256, MediaInfo? media = null)
    {
        var file = new StoredFile
        {
            TenantId = tenantId,
            Name = CleanName(name),
            Kind = kind,
            ContentType = contentType,
            Purpose = purpose,
            Size = size,
            Sha256 = sha256,
            Width = media?.Width,
            Height = media?.Height,
            DurationMs = media?.DurationMs,
        };
        file.BlobKey = $"{tenantId:N}/{file.Id:N}";
        return file;
    }

    /// <summary>An input may name only a file of a kind its use accepts; any other is a ValidationError on that field.</summary>
    public StoredFile RequireKind(string field, IReadOnlyCollection<FileKind> accepted)
    {
        if (!accepted.Contains(Kind))
            throw new DomainException(new ValidationError(field,
                $"{field} must be a {string.Join(" or ", accepted.Select(EnumNames.Of))} file; '{Name}' is {EnumNames.Of(Kind)}."));
        return this;
    }

    /// <summary>A client's file name fit to show and to send back in Content-Disposition: no path, no control characters or angle brackets.</summary>
    public static string CleanName(string name)
    {
        var bare = Path.GetFileName(name.Replace('\\', '/')).Trim();
        bare = new string(bare.Where(c => !char.IsControl(c) && c is not ('<' or '>')).ToArray());
        if (bare.Length == 0)
            bare = "file";
        return bare.Length <= NameMax ? bare : bare[..NameMax];
    }
}
