using KooMessage.Platform.Data;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.BasicEdition;

/// <summary>
/// <c>GET /basic-edition/templates/{templateId}/sample.csv</c>: the number file a video task of the
/// template reads (the console's 下载模板): a header row <c>phone,p_1,p_2,…</c> — one column per
/// placeholder of the approved revision, ascending — and an example row; UTF-8 with BOM so spreadsheets
/// keep it UTF-8. For the tenant's own and the public templates; another tenant's is not found.
/// </summary>
public static class VideoTaskSampleEndpoint
{
    public const string Route = "/basic-edition/templates/{templateId}/sample.csv";

    public static void Map(IEndpointRouteBuilder endpoints)
        => endpoints.MapGet(Route, DownloadAsync).RequireAuthorization(EndpointPolicies.TenantWorker);

    private static async Task DownloadAsync(string templateId, HttpContext context, KooMessageDbContext db)
    {
        var template = GlobalId.TryDecode(templateId, VideoTemplate.GraphTypeName, out var id)
            ? await db.Set<VideoTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, context.RequestAborted)
            : null;
        if (template is null)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status404NotFound, "NOT_FOUND", $"No video template with id '{templateId}' was found.");
            return;
        }
        if (!template.HasApprovedRevision)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status409Conflict, "PRECONDITION_FAILED",
                $"The video template '{template.Name}' has no approved revision yet; its number file follows the approved one.");
            return;
        }
        await using var csv = await CsvResponse.StartAsync(context, $"{template.Name}-numbers.csv");
        await csv.WriteAsync(VideoTaskRules.SampleCsv(template.ApprovedParameters));
    }
}
