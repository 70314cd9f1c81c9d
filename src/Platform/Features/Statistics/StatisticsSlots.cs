namespace KooMessage.Platform.Features.Statistics;

/// <summary>The quarter hours (UTC) rollups are kept in. Pure.</summary>
public static class StatisticsSlots
{
    public static readonly TimeSpan Length = TimeSpan.FromMinutes(15);

    public static DateTime Of(DateTime utc)
        => new(utc.Ticks - utc.Ticks % Length.Ticks, DateTimeKind.Utc);

    public static bool IsBoundary(DateTime utc) => utc.Ticks % Length.Ticks == 0;
}
