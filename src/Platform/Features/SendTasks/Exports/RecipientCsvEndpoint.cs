using KooMessage.Platform.Data;
using KooMessage.Platform.Features.BasicEdition;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// <c>GET /exports/tasks/{taskId}/recipients.csv</c>: every recipient of a smart or video task (a SendTask
/// or VideoTask ID) in input order, with state, channel, times and clicks, for the callers who may read
/// the task's <c>recipients</c>. Streamed from one query, flushed every few thousand lines, so memory
/// stays flat whatever the task's size. Another tenant's task is not found, exactly like a missing one.
/// </summary>
public static class RecipientCsvEndpoint
{
    public const string Prefix = "/exports/tasks/";

    /// <summary>Lines written between flushes: the download starts at once and the buffer stays small.</summary>
    private const int FlushEvery = 2000;

    public static void Map(IEndpointRouteBuilder endpoints)
        => endpoints.MapGet(Prefix + "{taskId}/recipients.csv", ExportAsync).RequireAuthorization(EndpointPolicies.TenantWorker);

    private static async Task ExportAsync(string taskId, HttpContext context, KooMessageDbContext db)
    {
        var id = GlobalId.TryDecode(taskId, out var type, out var decoded) && (type == SendTask.GraphTypeName || type == VideoTaskType.TypeName) ? decoded : (Guid?)null;
        var kind = type == VideoTaskType.TypeName ? SendTaskKind.Video : SendTaskKind.Smart;
        var task = id is null ? null
            : await db.Set<SendTask>().AsNoTracking().Where(t => t.Id == id && t.Kind == kind).Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(context.RequestAborted);
        if (task is null)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status404NotFound, "NOT_FOUND", $"No send task with id '{Shorten(taskId)}' was found.");
            return;
        }

        var rows = from r in db.Set<Recipient>().AsNoTracking()
                   where r.TaskId == task.Id
                   join l in db.Set<ShortLink>() on r.ShortLinkCode equals l.Code into links
                   from l in links.DefaultIfEmpty()
                   orderby r.Sequence
                   select new RecipientCsvRow(r.Sequence, r.Phone, r.Capability, r.Channel, r.State, r.ErrorCode, r.SubmittedAt, r.DeliveredAt, r.FinishedAt,
                       l == null ? null : l.Domain, r.ShortLinkCode, l == null ? 0 : l.Clicks, l == null ? null : l.FirstClickAt);
        await using var csv = await CsvResponse.StartAsync(context, $"recipients-{taskId}.csv", RecipientCsv.Header);
        var written = 0;
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(context.RequestAborted))
        {
            await csv.WriteLineAsync(RecipientCsv.Line(row));
            if (++written % FlushEvery == 0)
                await csv.FlushAsync(context.RequestAborted);
        }
    }

    private static string Shorten(string value) => value.Length <= 64 ? value : value[..64] + "…";
}
