using System.ComponentModel;

namespace KooMessage.Platform.Features.Statistics;

[Description("A statistics query: a range of at most 366 days, bucketed by hour, day or month in a time zone, split by some dimensions.")]
public sealed record MessageStatisticsInput
{
    [Description("The start of the range, included; a whole quarter hour (e.g. a local midnight with its offset, 2026-11-01T00:00:00+08:00).")] public required DateTime From { get; init; }

    [Description("The end of the range, excluded; a whole quarter hour, after from, at most 366 days later.")] public required DateTime To { get; init; }

    [Description("The bucket length."), DefaultValue(StatisticsGranularity.Day)] public StatisticsGranularity Granularity { get; init; } = StatisticsGranularity.Day;

    [Description("An IANA time zone the buckets are local to."), DefaultValue(StatisticsRules.DefaultTimeZone)]
    public string TimeZone { get; init; } = StatisticsRules.DefaultTimeZone;

    [Description("The dimensions rows are split by (none: one row per bucket).")] public List<StatisticsDimension>? GroupBy { get; init; }

    [Description("Which rollups count.")] public MessageStatisticsFilterInput? Where { get; init; }
}
