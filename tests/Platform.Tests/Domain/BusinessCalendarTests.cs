using KooMessage.Platform.Domain;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Tests.Domain;

/// <summary>
/// Working time of the review calendar (09:00–18:00 Asia/Shanghai by default, UTC+8 all year): across
/// nights, weekends, holidays and make-up days (调休), and the SLAs counted in it.
/// </summary>
public sealed class BusinessCalendarTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    // National Day 2026: Thursday 1 to Wednesday 7 October off, Saturday 10 October worked instead.
    private static readonly DateOnly[] NationalDay = [.. Enumerable.Range(1, 7).Select(d => new DateOnly(2026, 10, d))];
    private static readonly DateOnly[] MakeUpDays = [new(2026, 10, 10)];

    private static BusinessCalendar Calendar(TimeZoneInfo? zone = null)
        => new(zone ?? Shanghai, new TimeOnly(9, 0), new TimeOnly(18, 0), NationalDay, MakeUpDays);

    /// <summary>A Shanghai wall-clock time as the UTC instant the calendar takes.</summary>
    private static DateTime Local(int month, int day, int hour, int minute = 0)
        => TimeZoneInfo.ConvertTimeToUtc(new DateTime(2026, month, day, hour, minute, 0, DateTimeKind.Unspecified), Shanghai);

    [Theory]
    [InlineData(11, 30, 10, 0, 11, 30, 12, 0)]   // Monday morning: the same morning
    [InlineData(11, 30, 16, 0, 11, 30, 18, 0)]   // due exactly at closing stays on it
    [InlineData(11, 30, 17, 0, 12, 1, 10, 0)]    // one hour today, one tomorrow: across the night
    [InlineData(11, 30, 20, 0, 12, 1, 11, 0)]    // submitted in the evening: counts from the next opening
    [InlineData(11, 30, 7, 0, 11, 30, 11, 0)]    // submitted before opening
    [InlineData(11, 30, 0, 30, 11, 30, 11, 0)]   // just after midnight local (still Sunday in UTC)
    [InlineData(12, 4, 17, 30, 12, 7, 10, 30)]   // Friday evening: across the weekend
    [InlineData(11, 28, 12, 0, 11, 30, 11, 0)]   // Saturday: from Monday's opening
    [InlineData(9, 30, 17, 0, 10, 8, 10, 0)]     // the eve of National Day: across seven holidays
    [InlineData(10, 9, 17, 0, 10, 10, 10, 0)]    // Friday before a make-up Saturday: that Saturday is worked
    [InlineData(10, 10, 17, 0, 10, 12, 10, 0)]   // the make-up Saturday itself, then Sunday is off
    public void Two_working_hours_skip_nights_weekends_and_holidays(int month, int day, int hour, int minute, int dueMonth, int dueDay, int dueHour, int dueMinute)
        => Assert.Equal(Local(dueMonth, dueDay, dueHour, dueMinute), ReviewSla.WorkingHours(2).DueAt(Calendar(), Local(month, day, hour, minute)));

    [Theory]
    [InlineData(11, 30, 10, 0, 12, 3, 10, 0)]    // Monday 10:00 + 3 working days = Thursday 10:00
    [InlineData(12, 4, 17, 0, 12, 9, 17, 0)]     // Friday 17:00: 1 h Friday, 9 h Monday, 9 h Tuesday, 8 h Wednesday
    [InlineData(11, 28, 9, 0, 12, 2, 18, 0)]     // Saturday: Monday to Wednesday, due at Wednesday's closing
    [InlineData(9, 29, 12, 0, 10, 9, 12, 0)]     // across National Day: Tuesday, Wednesday, Thursday 8th, Friday 9th
    public void Three_working_days_are_three_full_working_days_of_working_time(int month, int day, int hour, int minute, int dueMonth, int dueDay, int dueHour, int dueMinute)
        => Assert.Equal(Local(dueMonth, dueDay, dueHour, dueMinute), ReviewSla.WorkingDays(3).DueAt(Calendar(), Local(month, day, hour, minute)));

    [Fact]
    public void Working_days_are_weekdays_minus_holidays_plus_make_up_days()
    {
        var calendar = Calendar();
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 11, 30)));   // Monday
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 11, 28)));  // Saturday
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 10, 1)));   // a holiday Thursday
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 10, 10)));   // a make-up Saturday
        Assert.True(calendar.IsWorkingTime(Local(11, 30, 9, 0)));
        Assert.False(calendar.IsWorkingTime(Local(11, 30, 18, 0)));
        Assert.False(calendar.IsWorkingTime(Local(11, 30, 8, 59)));
    }

    [Fact]
    public void Shanghai_has_no_daylight_saving_so_working_hours_are_the_same_utc_hours_all_year()
    {
        var calendar = Calendar();
        Assert.Equal(new DateTime(2026, 1, 5, 1, 0, 0, DateTimeKind.Utc), calendar.AddWorkingTime(new DateTime(2026, 1, 4, 12, 0, 0, DateTimeKind.Utc), TimeSpan.Zero));
        Assert.Equal(new DateTime(2026, 7, 6, 1, 0, 0, DateTimeKind.Utc), calendar.AddWorkingTime(new DateTime(2026, 7, 5, 12, 0, 0, DateTimeKind.Utc), TimeSpan.Zero));
    }

    [Fact]
    public void A_zone_with_daylight_saving_counts_local_working_hours_across_the_change()
    {
        // Europe/Berlin moves to summer time on Sunday 29 March 2026: Friday 17:00 CET is 16:00 UTC,
        // and two working hours later it is Monday 10:00 CEST, 08:00 UTC.
        var berlin = Calendar(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        Assert.Equal(new DateTime(2026, 3, 30, 8, 0, 0, DateTimeKind.Utc),
            berlin.AddWorkingTime(new DateTime(2026, 3, 27, 16, 0, 0, DateTimeKind.Utc), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Bad_calendars_are_refused_and_a_calendar_without_working_days_ends_its_search()
    {
        Assert.Throws<ArgumentException>(() => new BusinessCalendar(Shanghai, new TimeOnly(18, 0), new TimeOnly(9, 0), [], []));
        Assert.Throws<ArgumentException>(() => new BusinessCalendar(Shanghai, new TimeOnly(9, 0), new TimeOnly(18, 0), MakeUpDays, MakeUpDays));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar().AddWorkingTime(Local(11, 30, 10), TimeSpan.FromHours(-1)));

        var everyDayOff = Enumerable.Range(0, BusinessCalendar.MaxSearchDays + 10).Select(d => new DateOnly(2026, 1, 1).AddDays(d));
        var closed = new BusinessCalendar(Shanghai, new TimeOnly(9, 0), new TimeOnly(18, 0), everyDayOff, []);
        Assert.Throws<InvalidOperationException>(() => closed.AddWorkingTime(Local(1, 5, 10), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void The_options_build_the_default_calendar_and_name_the_bad_key()
    {
        var calendar = new ReviewOptions().ToCalendar();
        Assert.Equal(("Asia/Shanghai", new TimeOnly(9, 0), new TimeOnly(18, 0)), (calendar.Zone.Id, calendar.Start, calendar.End));
        Assert.Contains("Reviews:WorkingHours", Assert.Throws<ArgumentException>(() => new ReviewOptions { WorkingHours = "18:00-09:00" }.ToCalendar()).Message);
        Assert.Contains("Reviews:WorkingHours", Assert.Throws<ArgumentException>(() => new ReviewOptions { WorkingHours = "nine to six" }.ToCalendar()).Message);
        Assert.Contains("Reviews:TimeZone", Assert.Throws<ArgumentException>(() => new ReviewOptions { TimeZone = "Mars/Olympus" }.ToCalendar()).Message);
    }
}
