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
        context.Response.ContentType = file.ContentType;
        context.Response.ContentLength = file.Size;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = file.Name }.ToString();
        await using var content = await blobs.OpenReadAsync(file.BlobKey, context.RequestAborted);
        await content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
