namespace KooMessage.Platform.Features.Statistics;

/// <summary>Statistics (数据统计): the query fields register by convention; this maps the CSV export.</summary>
public static class StatisticsFeature
{
    public static void MapStatistics(this IEndpointRouteBuilder endpoints) => MessageStatisticsCsvEndpoint.Map(endpoints);
}
