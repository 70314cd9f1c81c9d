using System.ComponentModel;

namespace KooMessage.Platform.Features.Statistics;

[Description("The length of a statistics bucket, in the query's time zone.")]
public enum StatisticsGranularity
{
    [Description("Local hours (in a DST zone, the repeated hour of the autumn change is two buckets with different offsets).")]
    Hour,

    [Description("Local calendar days (23 or 25 hours long on a DST change).")]
    Day,

    [Description("Local calendar months.")]
    Month,
}
