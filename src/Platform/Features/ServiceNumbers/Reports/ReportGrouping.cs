using System.ComponentModel;

namespace KooMessage.Platform.Features.ServiceNumbers;

[Description("Rows of a click report: DAY (per UTC day), TARGET (per target over the range), DAY_AND_TARGET (per day and target).")]
public enum ReportGrouping
{
    [Description("One row per UTC day (UV: distinct visitors that day).")]
    Day,

    [Description("One row per target over the whole range (UV: distinct visitors of the target in the range).")]
    Target,

    [Description("One row per UTC day and target.")]
    DayAndTarget,
}
