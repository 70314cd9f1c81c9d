namespace KooMessage.Platform.Observability;

/// <summary>
/// A value read when metrics are collected (a scrape or an export), contributed by the area that owns
/// the data, so Observability never queries a feature's tables. <see cref="Measure"/> must be cheap.
/// </summary>
public interface IPlatformGauge
{
    string Name { get; }

    string Unit { get; }

    string Description { get; }

    long Measure();
}
