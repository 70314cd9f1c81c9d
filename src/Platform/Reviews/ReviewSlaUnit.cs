namespace KooMessage.Platform.Reviews;

/// <summary>The unit of a <see cref="ReviewSla"/>.</summary>
public enum ReviewSlaUnit
{
    WorkingHours,
    WorkingDays,
}
