using System.Globalization;

namespace KooMessage.Platform.Domain;

/// <summary>
/// The one way a client's date-time text is read — GraphQL DateTime arguments and the CSV endpoints'
/// query strings alike: an ISO-8601 date-time (with Z or an offset; none means UTC), or a date alone,
/// which means 00:00 UTC of that day.
/// </summary>
public static class IsoDateTimes
{
    public const string Accepted = "an ISO-8601 date-time such as 2026-11-01T08:30:00Z (or with an offset, e.g. +08:00) or a date such as 2026-11-01 (00:00 UTC)";

    /// <summary>Longer than any ISO-8601 date-time with 7 fraction digits and an offset.</summary>
    private const int MaxLength = 40;

    public static bool TryParse(string? text, out DateTime utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
            return false;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            utc = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            return true;
        }
        // The 'T' keeps out the culture-shaped forms DateTimeOffset.TryParse would otherwise accept ("11/01/2026").
        if (text.Length < 16 || text[4] != '-' || text[10] != 'T'
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment))
            return false;
        utc = moment.UtcDateTime;
        return true;
    }
}
