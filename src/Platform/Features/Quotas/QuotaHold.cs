using KooMessage.Platform.Data;

namespace KooMessage.Platform.Features.Quotas;

/// <summary>
/// What one task holds of one package: reserved at creation, consumed as the gateway accepts its
/// messages, the rest refunded when the task ends. <see cref="Units"/> is what one message of the task
/// costs in the package's product (the plain-SMS fallback's segments, else 1). Changed only by
/// conditional UPDATE statements, like the package.
/// </summary>
public sealed class QuotaHold : Entity, ITenantOwned
{
    private QuotaHold()
    {
    }

    public Guid TenantId { get; set; }

    public Guid TaskId { get; private set; }

    public Guid PackageId { get; private set; }

    public QuotaProduct Product { get; private set; }

    public int Units { get; private set; }

    public int Reserved { get; private set; }

    public int Consumed { get; private set; }

    /// <summary>Reserved units returned to the package: the task ended without sending them, or their messages expired (refunded).</summary>
    public int Released { get; private set; }

    public static QuotaHold Of(Guid taskId, Guid packageId, QuotaProduct product, int units, int reserved) => new()
    {
        TaskId = taskId,
        PackageId = packageId,
        Product = product,
        Units = units,
        Reserved = reserved,
    };
}
