namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>How a click report's rows are grouped.</summary>
public enum ReportGrouping
{
    /// <summary>One row per day (UV: distinct visitors that day).</summary>
    Day,

    /// <summary>One row per target over the whole range (UV: distinct visitors of the target in the range).</summary>
    Target,

    /// <summary>One row per day and target.</summary>
    DayAndTarget,
}
