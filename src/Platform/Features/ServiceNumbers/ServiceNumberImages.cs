using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>Resolves an image reference of a service number and checks its shape from the image's own header.</summary>
public static class ServiceNumberImages
{
    /// <summary>Image uploads are at most a few MB (Files:MaxDocumentBytes), so reading the whole file is cheap and finds any JPEG frame header.</summary>
    public static async Task<StoredFile> RequireAsync(KooMessageDbContext db, IBlobStore blobs, string field, string? fileId,
        Func<int, int, bool> shape, string shapeDescription, CancellationToken cancellationToken)
    {
        var file = (await db.Set<StoredFile>().RequireAsync(field, fileId, cancellationToken)).RequireKind(field, UploadPolicy.AcceptedKinds(FilePurpose.Image));
        using var content = new MemoryStream();
        await using (var stream = await blobs.OpenReadAsync(file.BlobKey, cancellationToken))
            await stream.CopyToAsync(content, cancellationToken);
        if (!ImageHeader.TryReadSize(content.GetBuffer().AsSpan(0, (int)content.Length), out var width, out var height))
            throw new DomainException(new ValidationError(field, $"{field}: the size of '{file.Name}' cannot be read from the image; upload a valid PNG or JPEG."));
        if (!shape(width, height))
            throw new DomainException(new ValidationError(field, $"{field} must be {shapeDescription}; '{file.Name}' is {width}×{height}."));
        return file;
    }
}
