using System.Globalization;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Reviews;

/// <summary>Configuration section "Reviews": the business calendar review deadlines are counted in.</summary>
public sealed class ReviewOptions
{
    public const string Section = "Reviews";

    /// <summary>The IANA zone the working hours are in.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Working hours of a working day, <c>HH:mm-HH:mm</c>.</summary>
    public string WorkingHours { get; set; } = "09:00-18:00";

    /// <summary>Weekdays that are not worked (public holidays), as <c>yyyy-MM-dd</c>.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Weekend days that are worked (调休 make-up days), as <c>yyyy-MM-dd</c>.</summary>
    public List<DateOnly> WorkingWeekendDays { get; set; } = [];

    /// <summary>The calendar these settings describe; an <see cref="ArgumentException"/> naming the bad key otherwise.</summary>
    public BusinessCalendar ToCalendar()
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone))
            throw new ArgumentException($"{Section}:TimeZone '{TimeZone}' is not a known time zone (e.g. Asia/Shanghai, UTC).");
        var parts = WorkingHours.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            || end <= start)
            throw new ArgumentException($"{Section}:WorkingHours '{WorkingHours}' is not HH:mm-HH:mm with the end after the start (e.g. 09:00-18:00).");
        try
        {
            return new BusinessCalendar(zone, start, end, Holidays, WorkingWeekendDays);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{Section}: {e.Message}", e);
        }
    }
}
