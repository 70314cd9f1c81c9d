using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Filings;
using KooMessage.Platform.Files;
using KooMessage.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.Documents;

/// <summary>
/// <c>GET /documents/{area}/{kind}</c> (schema names, e.g. <c>/documents/SMART_MESSAGE/MATERIAL_COMMITMENT_LETTER</c>):
/// an uploaded template's pdf or a generated sample, for any signed-in principal (the documents are
/// the platform's, the same for every tenant).
/// </summary>
public static class DocumentDownloadEndpoint
{
    private static readonly Dictionary<string, ProductArea> Areas = Enum.GetValues<ProductArea>().ToDictionary(a => EnumNames.Of(a), StringComparer.Ordinal);

    private static readonly Dictionary<string, DocumentKind> Kinds = Enum.GetValues<DocumentKind>().ToDictionary(k => EnumNames.Of(k), StringComparer.Ordinal);

    public static string PathFor(ProductArea area, DocumentKind kind) => $"/documents/{EnumNames.Of(area)}/{EnumNames.Of(kind)}";

    public static void Map(IEndpointRouteBuilder endpoints)
        => endpoints.MapGet("/documents/{area}/{kind}", DownloadAsync).RequireAuthorization(EndpointPolicies.Authenticated);

    private static async Task DownloadAsync(string area, string kind, HttpContext context, KooMessageDbContext db, IBlobStore blobs)
    {
        if (!Areas.TryGetValue(area, out var productArea) || !Kinds.TryGetValue(kind, out var documentKind) || !DocumentRules.For(productArea).Contains(documentKind))
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status404NotFound, "NOT_FOUND",
                $"There is no document {kind} in {area}; documentTemplates lists what can be downloaded.");
            return;
        }
        if (DocumentRules.IsGenerated(documentKind))
        {
            await using var csv = await CsvResponse.StartAsync(context, DocumentRules.GeneratedFileName(documentKind));
            await csv.WriteAsync(DocumentRules.GeneratedContent(documentKind));
            return;
        }
        var template = await db.Set<DocumentTemplate>().AsNoTracking().FirstOrDefaultAsync(d => d.Area == productArea && d.Kind == documentKind, context.RequestAborted);
        if (template is null)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status404NotFound, "NOT_FOUND",
                $"The platform has not uploaded {kind} for {area} yet.");
            return;
        }
        await FileDownloadEndpoint.WriteAttachmentAsync(context, blobs, template.BlobKey, template.ContentType, template.Size, template.FileName);
    }
}
