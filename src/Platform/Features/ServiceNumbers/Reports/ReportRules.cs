using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>The range of a click report: whole UTC days, <c>from</c> ≤ <c>to</c>, at most 366 days. Pure.</summary>
public static class ReportRules
{
    public const int MaxDays = 366;

    /// <returns>The first and last day (UTC midnights), both included.</returns>
    public static (DateTime From, DateTime To) Days(DateTime from, DateTime to)
    {
        var first = from.ToUniversalTime().Date;
        var last = to.ToUniversalTime().Date;
        var v = new InputValidator();
        if (last < first)
            v.Fail("to", "to must not be before from.");
        else if ((last - first).TotalDays + 1 > MaxDays)
            v.Fail("to", $"A report covers at most {MaxDays} days.");
        v.ThrowIfInvalid();
        return (DateTime.SpecifyKind(first, DateTimeKind.Utc), DateTime.SpecifyKind(last, DateTimeKind.Utc));
    }
}
