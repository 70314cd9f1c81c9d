using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.Http;
using Microsoft.Extensions.Primitives;

namespace KooMessage.Platform.Features.Statistics;

/// <summary>
/// <c>GET /exports/statistics.csv?from=…&amp;to=…</c>: any <c>messageStatistics</c> query as CSV, for the
/// same callers. The input's fields are query parameters of the same names; lists (<c>groupBy</c>,
/// <c>taskIds</c>, <c>channels</c>, …) are comma-separated or repeated, enum values spelled as in the
/// schema. Bad input is a 400 with the code the GraphQL field would give (VALIDATION, LIMIT_EXCEEDED).
/// </summary>
public static class MessageStatisticsCsvEndpoint
{
    public const string Path = "/exports/statistics.csv";

    public static void Map(IEndpointRouteBuilder endpoints)
        => endpoints.MapGet(Path, ExportAsync).RequireAuthorization(EndpointPolicies.TenantWorker);

    private static async Task ExportAsync(HttpContext context, KooMessageDbContext db)
    {
        var query = context.Request.Query;
        var problems = new List<string>();
        var hasFrom = IsoDateTimes.TryParse(query["from"], out var from);
        if (!IsoDateTimes.TryParse(query["to"], out var to) || !hasFrom)
            problems.Add($"from and to are required: each {IsoDateTimes.Accepted}.");
        var granularity = Enums<StatisticsGranularity>(query, "granularity", problems);
        var input = new MessageStatisticsInput
        {
            From = from,
            To = to,
            Granularity = granularity is [var one] ? one : StatisticsGranularity.Day,
            TimeZone = query["timeZone"] is { Count: > 0 } zone ? zone.ToString() : StatisticsRules.DefaultTimeZone,
            GroupBy = Enums<StatisticsDimension>(query, "groupBy", problems),
            Where = new MessageStatisticsFilterInput
            {
                TaskIds = List(query["taskIds"]),
                AppIds = List(query["appIds"]),
                SignatureIds = List(query["signatureIds"]),
                SmsTemplateIds = List(query["smsTemplateIds"]),
                SmartTemplateIds = List(query["smartTemplateIds"]),
                VideoTemplateIds = List(query["videoTemplateIds"]),
                ServiceNumberIds = List(query["serviceNumberIds"]),
                Channels = Enums<RecipientChannel>(query, "channels", problems),
                Kinds = Enums<SendTaskKind>(query, "kinds", problems),
            },
        };
        if (granularity is { Count: > 1 })
            problems.Add("granularity takes one value.");
        if (problems.Count > 0)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, string.Join(" ", problems));
            return;
        }

        IReadOnlyList<MessageStatisticsRow> rows;
        try
        {
            rows = await MessageStatisticsReader.ReadAsync(db, input, context.RequestAborted);
        }
        catch (DomainException ex)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, ex.Errors[0].Code, ex.Message);
            return;
        }
        var zoneInfo = TimeZoneInfo.FindSystemTimeZoneById(input.TimeZone);
        await using var csv = await CsvResponse.StartAsync(context, $"statistics-{from:yyyyMMdd}-{to:yyyyMMdd}.csv", MessageStatisticsCsv.Header);
        foreach (var row in rows)
            await csv.WriteLineAsync(MessageStatisticsCsv.Line(row, zoneInfo));
    }

    /// <summary>Comma-separated or repeated values; null when absent (no restriction).</summary>
    private static List<string>? List(StringValues values)
    {
        var list = values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return list.Count == 0 ? null : list;
    }

    private static List<T>? Enums<T>(IQueryCollection query, string name, List<string> problems)
        where T : struct, Enum
    {
        if (List(query[name]) is not { } values)
            return null;
        var names = Enum.GetValues<T>().ToDictionary(v => EnumNames.Of(v), StringComparer.Ordinal);
        var parsed = new List<T>(values.Count);
        foreach (var value in values.Take(100))
        {
            if (names.TryGetValue(value, out var known))
                parsed.Add(known);
            else
                problems.Add($"{name} takes {string.Join(", ", names.Keys)}.");
        }
        return parsed;
    }
}
