using KooMessage.Platform.Data;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace KooMessage.Platform.Files;

/// <summary>
/// <c>GET /files/{id}</c>: the content of a file the caller may see — a tenant its own files; a
/// platform principal a tenant's files when acting in it (X-Tenant-Id), like everything else.
/// </summary>
public static class FileDownloadEndpoint
{
    public const string Prefix = "/files/";

    public static string PathFor(StoredFile file) => Prefix + GlobalId.Encode("FileRef", file.Id);

    public static void Map(IEndpointRouteBuilder endpoints)
        => endpoints.MapGet(Prefix + "{id}", DownloadAsync).RequireAuthorization(EndpointPolicies.Authenticated);

    private static async Task DownloadAsync(string id, HttpContext context, KooMessageDbContext db, IBlobStore blobs)
    {
        var file = GlobalId.TryDecode(id, "FileRef", out var key)
            ? await db.Set<StoredFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == key, context.RequestAborted)
            : null;
        if (file is null)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status404NotFound, "NOT_FOUND", $"No file with id '{id}' was found.");
            return;
        }
        await WriteAttachmentAsync(context, blobs, file.BlobKey, file.ContentType, file.Size, file.Name);
    }

    /// <summary>A stored blob as a download: its type, length and file name, never sniffed by the browser.</summary>
    public static async Task WriteAttachmentAsync(HttpContext context, IBlobStore blobs, string blobKey, string contentType, long size, string fileName)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = size;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();
        await using var content = await blobs.OpenReadAsync(blobKey, context.RequestAborted);
        await content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
