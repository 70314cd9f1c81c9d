using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.Statistics;

/// <summary>The range, time zone and buckets of a statistics query. Pure.</summary>
public static class StatisticsRules
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    public const int MaxDays = 366;

    /// <summary>Rows one query returns at most (non-empty buckets × groups).</summary>
    public const int MaxRows = 10_000;

    /// <returns>The UTC range [from, to) and the zone; a ValidationError per bad field, LimitExceededError past 366 days.</returns>
    public static (DateTime From, DateTime To, TimeZoneInfo Zone) Range(DateTime from, DateTime to, string timeZone)
    {
        var v = new InputValidator();
        var zone = FindZone(timeZone);
        if (zone is null)
            v.Fail("timeZone", $"'{Shorten(timeZone)}' is not an IANA time zone (e.g. {DefaultTimeZone}, Europe/Berlin, UTC).");
        var start = from.ToUniversalTime();
        var end = to.ToUniversalTime();
        if (!StatisticsSlots.IsBoundary(start))
            v.Fail("from", "from must be a whole quarter hour.");
        if (!StatisticsSlots.IsBoundary(end))
            v.Fail("to", "to must be a whole quarter hour.");
        if (end <= start)
            v.Fail("to", "to must be after from.");
        v.ThrowIfInvalid();
        if (end - start > TimeSpan.FromDays(MaxDays))
            throw new DomainException(new LimitExceededError(MaxDays, $"A statistics query covers at most {MaxDays} days; split the range."));
        return (DateTime.SpecifyKind(start, DateTimeKind.Utc), DateTime.SpecifyKind(end, DateTimeKind.Utc), zone!);
    }

    /// <summary>
    /// The start of the bucket holding the UTC instant <paramref name="utc"/>, as a local time with its offset.
    /// An hour keeps the offset of its instant, so the repeated hour of a DST change is two buckets;
    /// a day or month starts at its first valid local time (a skipped midnight moves to the next valid one).
    /// </summary>
    public static DateTimeOffset BucketStart(DateTime utc, StatisticsGranularity granularity, TimeZoneInfo zone)
    {
        var instant = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return granularity switch
        {
            StatisticsGranularity.Hour => new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, 0, 0, local.Offset),
            StatisticsGranularity.Day => StartOfLocal(new DateTime(local.Year, local.Month, local.Day), zone),
            _ => StartOfLocal(new DateTime(local.Year, local.Month, 1), zone),
        };
    }

    /// <summary>The end of the bucket starting at <paramref name="start"/> (the next bucket's start).</summary>
    public static DateTimeOffset BucketEnd(DateTimeOffset start, StatisticsGranularity granularity, TimeZoneInfo zone) => granularity switch
    {
        StatisticsGranularity.Hour => TimeZoneInfo.ConvertTime(start.AddHours(1), zone),
        StatisticsGranularity.Day => StartOfLocal(start.DateTime.Date.AddDays(1), zone),
        _ => StartOfLocal(new DateTime(start.Year, start.Month, 1).AddMonths(1), zone),
    };

    private static DateTimeOffset StartOfLocal(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A DST change at midnight skips it: the day starts at the first valid quarter hour (bounded: changes are at most a few hours).
        for (var i = 0; i < 4 * 24 && zone.IsInvalidTime(local); i++)
            local = local.Add(StatisticsSlots.Length);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private static TimeZoneInfo? FindZone(string id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
            return null;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    private static string Shorten(string value) => value.Length <= 64 ? value : value[..64] + "…";
}
