using KooMessage.Platform.Data;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.Quotas;

/// <summary>One line of a tenant's usage ledger: what changed on which package, for which task, when (<see cref="Entity.CreatedAt"/>).</summary>
public sealed class QuotaEntry : Entity, ITenantOwned, INodeEntity
{
    public static string GraphTypeName => "QuotaEntry";

    public static string Noun => "usage entry";

    private QuotaEntry()
    {
    }

    public Guid TenantId { get; set; }

    public QuotaEntryKind Kind { get; private set; }

    public Guid PackageId { get; private set; }

    public QuotaProduct Product { get; private set; }

    /// <summary>Units, always positive; the kind says which way they went.</summary>
    public int Quantity { get; private set; }

    public Guid? TaskId { get; private set; }

    public static QuotaEntry Of(QuotaEntryKind kind, Guid tenantId, Guid packageId, QuotaProduct product, int quantity, Guid? taskId) => new()
    {
        Kind = kind,
        TenantId = tenantId,
        PackageId = packageId,
        Product = product,
        Quantity = quantity,
        TaskId = taskId,
    };
}
