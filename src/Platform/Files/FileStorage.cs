using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Files;

/// <summary>
/// Accepts an upload for a purpose: checks its real type, size and content first (a text file all
/// through, an archive by its directory), then writes the blob and the row. A refused upload leaves
/// nothing behind; a failed row save removes its blob again.
/// </summary>
public sealed class FileStorage(KooMessageDbContext db, IBlobStore blobs, TenantContext tenant, IOptions<FilesOptions> options)
{
    public async Task<StoredFile> StoreAsync(UploadedFile upload, FilePurpose purpose, string field, CancellationToken cancellationToken)
    {
        var media = await CheckAsync(upload, purpose, field, cancellationToken);
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("Uploads need a tenant; the mutation checks it first.");

        var file = StoredFile.Create(tenantId, upload.FileName, upload.Kind, upload.ContentType, purpose, upload.Length, upload.Sha256, media);
        db.Add(file);
        await SaveWithBlobAsync(upload, file.BlobKey, cancellationToken);
        return file;
    }

    /// <summary>
    /// Writes a checked upload's bytes under <paramref name="blobKey"/>, then saves the rows changed with
    /// it; a failed save removes the blob again, so no blob outlives a row that was never stored.
    /// </summary>
    public async Task SaveWithBlobAsync(UploadedFile upload, string blobKey, CancellationToken cancellationToken)
    {
        await using (var content = upload.OpenRead())
            await blobs.WriteAsync(blobKey, content, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await blobs.DeleteAsync(blobKey, CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// Checks an upload against its purpose's rules (a ValidationError on <paramref name="field"/> when
    /// it breaks one) and reads its media header: what <see cref="StoreAsync"/> does before storing, for
    /// uploads the platform keeps elsewhere than in a tenant's files (e.g. document templates).
    /// </summary>
    public async Task<MediaInfo?> CheckAsync(UploadedFile upload, FilePurpose purpose, string field, CancellationToken cancellationToken)
    {
        await ValidateAsync(upload, purpose, field, options.Value, cancellationToken);
        return await ReadMediaAsync(upload, purpose, field, cancellationToken);
    }

    /// <summary>The rules of DOMAIN.md "Files": type by magic bytes, size by purpose; then what the type's content must be.</summary>
    private static async Task ValidateAsync(UploadedFile upload, FilePurpose purpose, string field, FilesOptions options, CancellationToken cancellationToken)
    {
        var v = new InputValidator();
        var accepted = UploadPolicy.AcceptedKinds(purpose);
        var max = UploadPolicy.MaxBytes(purpose, options);
        if (upload.Length == 0)
            v.Fail(field, "The file is empty.");
        else if (!accepted.Contains(upload.Kind))
            v.Fail(field, $"The file's content is {Describe(upload.Kind)}, but {EnumNames.Of(purpose)} accepts only {string.Join(" or ", accepted.Select(Describe))} (checked by content, not by name).");
        if (upload.Length > max)
            v.Fail(field, $"The file has {upload.Length} bytes; {EnumNames.Of(purpose)} files may have at most {max} bytes.");
        v.ThrowIfInvalid();
        if (await ContentProblemAsync(upload, options, cancellationToken) is { } problem)
            v.Fail(field, problem).ThrowIfInvalid();
    }

    /// <summary>Text has no magic bytes and an archive may hide a bomb: both are read further than their head.</summary>
    private static async Task<string?> ContentProblemAsync(UploadedFile upload, FilesOptions options, CancellationToken cancellationToken)
    {
        await using var content = upload.OpenRead();
        return upload.Kind switch
        {
            FileKind.Text => await TextContent.FindProblemAsync(content, cancellationToken),
            FileKind.Zip or FileKind.Rar => ArchiveInspector.FindProblem(content, options),
            _ => null,
        };
    }

    /// <summary>
    /// An image's size, a clip's duration, read from the header; a purpose that relies on them refuses a
    /// file whose header does not read (and text that is not UTF-8). Media kinds are accepted only by
    /// purposes of at most a few MB, checked before, so the whole file is read into memory.
    /// </summary>
    private static async Task<MediaInfo?> ReadMediaAsync(UploadedFile upload, FilePurpose purpose, string field, CancellationToken cancellationToken)
    {
        var required = UploadPolicy.RequiresReadableHeader(purpose);
        if (required && upload.Kind == FileKind.Text && TextContent.CharsetOf(upload.Head) != "utf-8")
            new InputValidator().Fail(field, $"{EnumNames.Of(purpose)} text must be UTF-8.").ThrowIfInvalid();
        if (!MediaHeader.IsMedia(upload.Kind))
            return null;
        var content = await File.ReadAllBytesAsync(upload.TemporaryPath, cancellationToken);
        var media = MediaHeader.TryRead(upload.Kind, content);
        if (media is null && required)
            new InputValidator().Fail(field, $"The file looks like {EnumNames.Of(upload.Kind)} but its header cannot be read, so its size or duration is unknown.").ThrowIfInvalid();
        return media;
    }

    private static string Describe(FileKind kind) => kind == FileKind.Unknown ? "of an unrecognised type" : EnumNames.Of(kind);
}
