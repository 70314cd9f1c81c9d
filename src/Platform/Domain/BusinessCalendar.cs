namespace KooMessage.Platform.Domain;

/// <summary>
/// Working time in one time zone: the working hours (e.g. 09:00–18:00) of working days, which are
/// Monday to Friday minus the listed holidays, plus the listed weekend days that are worked instead
/// (调休, the make-up days around Chinese public holidays). Working time is counted on the local clock,
/// so a working day is always <see cref="WorkingDayLength"/> long, also on a daylight-saving change.
/// Pure: no clock, no database; unit-tested alone.
/// </summary>
public sealed class BusinessCalendar
{
    /// <summary>How far ahead a search for working time looks before it gives up (a calendar with no working day).</summary>
    public const int MaxSearchDays = 3660;

    /// <summary>Holidays plus make-up days a calendar may list (bounds memory and start-up work).</summary>
    public const int MaxListedDays = 10_000;

    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workedWeekendDays;

    public BusinessCalendar(TimeZoneInfo zone, TimeOnly start, TimeOnly end, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> workedWeekendDays)
    {
        if (end <= start)
            throw new ArgumentException($"Working hours must end after they start ({start:HH\\:mm}–{end:HH\\:mm}).", nameof(end));
        Zone = zone;
        Start = start;
        End = end;
        _holidays = [.. holidays];
        _workedWeekendDays = [.. workedWeekendDays];
        if (_holidays.Count + _workedWeekendDays.Count > MaxListedDays)
            throw new ArgumentException($"A calendar lists at most {MaxListedDays} holidays and make-up days.", nameof(holidays));
        if (_holidays.Overlaps(_workedWeekendDays))
            throw new ArgumentException($"{_holidays.Intersect(_workedWeekendDays).Order().First():yyyy-MM-dd} is listed both as a holiday and as a make-up working day.", nameof(workedWeekendDays));
    }

    public TimeZoneInfo Zone { get; }

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public TimeSpan WorkingDayLength => End - Start;

    public bool IsWorkingDay(DateOnly day)
        => _workedWeekendDays.Contains(day)
           || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));

    /// <summary>Whether the UTC instant falls inside working hours of a working day.</summary>
    public bool IsWorkingTime(DateTime utc)
    {
        var local = ToLocal(utc);
        var time = TimeOnly.FromDateTime(local);
        return IsWorkingDay(DateOnly.FromDateTime(local)) && time >= Start && time < End;
    }

    /// <summary>
    /// The UTC instant at which <paramref name="amount"/> of working time has passed since
    /// <paramref name="utc"/>. Time outside working hours does not count: a start in the evening, on a
    /// weekend or a holiday counts from the next opening. A due time falling exactly on a closing time
    /// stays on it (16:00 + 2 h is 18:00 that day, not 09:00 the next).
    /// </summary>
    public DateTime AddWorkingTime(DateTime utc, TimeSpan amount)
    {
        if (amount < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(amount), "Working time to add cannot be negative.");
        var local = ToLocal(utc);
        var day = DateOnly.FromDateTime(local);
        var remaining = amount;
        for (var i = 0; i < MaxSearchDays; i++, day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
                continue;
            var open = day.ToDateTime(Start);
            var close = day.ToDateTime(End);
            var from = local > open ? local : open; // only the first day can start after its opening
            if (from >= close)
                continue;
            if (remaining <= close - from)
                return ToUtc(from + remaining);
            remaining -= close - from;
        }
        throw new InvalidOperationException($"The business calendar has no working time within {MaxSearchDays} days of {utc:O}.");
    }

    private DateTime ToLocal(DateTime utc)
        => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>A local time skipped by a daylight-saving change is read as the first valid minute after it.</summary>
    private DateTime ToUtc(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        for (var guard = 0; guard < 24 * 60 && Zone.IsInvalidTime(local); guard++)
            local = local.AddMinutes(1);
        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }
}
