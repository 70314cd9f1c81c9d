using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Reviews;

/// <summary>
/// How long a reviewer has for one kind of submission, in working time of the review calendar:
/// so many working hours, or so many working days (each a full working day's length, so a filing
/// submitted at 10:00 on Monday with 3 working days is due at 10:00 on Thursday). Pure.
/// </summary>
public readonly record struct ReviewSla(int Amount, ReviewSlaUnit Unit)
{
    public static ReviewSla WorkingHours(int hours) => new(hours, ReviewSlaUnit.WorkingHours);

    public static ReviewSla WorkingDays(int days) => new(days, ReviewSlaUnit.WorkingDays);

    /// <summary>When a submission made at <paramref name="submittedAt"/> (UTC) is due.</summary>
    public DateTime DueAt(BusinessCalendar calendar, DateTime submittedAt)
        => calendar.AddWorkingTime(submittedAt, Unit == ReviewSlaUnit.WorkingDays
            ? calendar.WorkingDayLength * Amount
            : TimeSpan.FromHours(Amount));

    public override string ToString() => $"{Amount} {(Unit == ReviewSlaUnit.WorkingDays ? "working day" : "working hour")}{(Amount == 1 ? "" : "s")}";
}
