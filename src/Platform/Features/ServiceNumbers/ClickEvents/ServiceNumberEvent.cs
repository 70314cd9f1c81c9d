using KooMessage.Platform.Data;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// One click event reported by the phone side. Reports aggregate these per service number, day and
/// target in SQL: PV counts events, UV distinct visitors. Visitors are stored only as hashes.
/// </summary>
public sealed class ServiceNumberEvent : Entity, ITenantOwned
{
    public const int NameMax = 100;

    private ServiceNumberEvent()
    {
    }

    public Guid TenantId { get; set; }

    public Guid ServiceNumberId { get; private set; }

    public ClickTarget Target { get; private set; }

    /// <summary>The menu item, hotline number or quick app; empty for the homepage itself.</summary>
    public string Name { get; private set; } = null!;

    /// <summary>Lower-case hex SHA-256 of the phone side's visitor identifier.</summary>
    public string VisitorHash { get; private set; } = null!;

    public DateTime OccurredAt { get; private set; }

    /// <summary>The UTC day of <see cref="OccurredAt"/> (midnight), the reports' grouping key.</summary>
    public DateTime Day { get; private set; }

    public static ServiceNumberEvent Record(Guid tenantId, Guid serviceNumberId, ClickEvent click) => new()
    {
        TenantId = tenantId,
        ServiceNumberId = serviceNumberId,
        Target = click.Target,
        Name = click.Name,
        VisitorHash = click.VisitorHash,
        OccurredAt = click.At,
        Day = click.At.Date,
    };
}
