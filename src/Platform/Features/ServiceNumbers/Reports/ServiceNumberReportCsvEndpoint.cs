using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// <c>GET /sn/reports/{serviceNumberId}.csv?from=…&amp;to=…&amp;groupBy=…</c>: the click report of
/// <c>serviceNumberReport</c> as CSV (UTF-8 with BOM, so spreadsheets read the Chinese names), for
/// the same callers with the same credentials.
/// </summary>
public static class ServiceNumberReportCsvEndpoint
{
    public const string Prefix = "/sn/reports/";

    private static readonly Dictionary<string, ReportGrouping> Groupings = Enum.GetValues<ReportGrouping>()
        .ToDictionary(EnumNames.Of, StringComparer.Ordinal);

    public static void Map(IEndpointRouteBuilder endpoints)
        => endpoints.MapGet(Prefix + "{serviceNumberId}.csv", ExportAsync).RequireAuthorization(EndpointPolicies.TenantWorker);

    private static async Task ExportAsync(string serviceNumberId, HttpContext context, KooMessageDbContext db)
    {
        var query = context.Request.Query;
        if (!IsoDateTimes.TryParse(query["from"], out var from) || !IsoDateTimes.TryParse(query["to"], out var to))
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest,
                $"from and to are required: each {IsoDateTimes.Accepted}, e.g. ?from=2026-11-01&to=2026-11-30.");
            return;
        }
        var requested = query["groupBy"].ToString();
        var groupBy = ReportGrouping.DayAndTarget;
        if (requested.Length > 0 && !Groupings.TryGetValue(requested, out groupBy))
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest,
                $"groupBy must be one of {string.Join(", ", Groupings.Keys)}.");
            return;
        }

        (DateTime From, DateTime To) days;
        try
        {
            days = ReportRules.Days(from, to);
        }
        catch (DomainException ex)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, ex.Message);
            return;
        }

        var serviceNumber = GlobalId.TryDecode(serviceNumberId, "ServiceNumber", out var id)
            ? await db.Set<ServiceNumber>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, context.RequestAborted)
            : null;
        if (serviceNumber is null)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status404NotFound, "NOT_FOUND", $"No service number with id '{serviceNumberId}' was found.");
            return;
        }

        var report = await ServiceNumberReports.BuildAsync(db, serviceNumber, days.From, days.To, groupBy, context.RequestAborted);
        var fileName = $"service-number-report-{days.From:yyyyMMdd}-{days.To:yyyyMMdd}.csv";
        await using var csv = await CsvResponse.StartAsync(context, fileName);
        await csv.WriteAsync(ReportCsv.Write(report));
    }
}
