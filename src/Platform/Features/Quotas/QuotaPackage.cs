using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.Quotas;

/// <summary>
/// A package (套餐包/资源包) a platform admin granted a tenant: <see cref="Quantity"/> units of one
/// product usable from <see cref="ValidFrom"/> until <see cref="ValidTo"/>. <see cref="Reserved"/> and
/// <see cref="Consumed"/> change only through conditional UPDATE statements (<see cref="QuotaLedger"/>),
/// never through tracked writes, so concurrent tasks can never take more than <see cref="Remaining"/>.
/// </summary>
public sealed class QuotaPackage : Entity, ITenantOwned, INodeEntity
{
    public const int QuantityMax = 1_000_000_000;
    public const int NoteMax = 200;

    public static string GraphTypeName => "QuotaPackage";

    public static string Noun => "package";

    private QuotaPackage()
    {
    }

    public Guid TenantId { get; set; }

    public QuotaProduct Product { get; private set; }

    public int Quantity { get; private set; }

    /// <summary>Units held by tasks that have not sent them yet.</summary>
    public int Reserved { get; private set; }

    /// <summary>Units of messages the gateway accepted (less refunds of expired ones).</summary>
    public int Consumed { get; private set; }

    public DateTime ValidFrom { get; private set; }

    public DateTime ValidTo { get; private set; }

    public string? Note { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    /// <summary>What new reservations may still take (0 once revoked).</summary>
    public int Remaining => RevokedAt is null ? Quantity - Reserved - Consumed : 0;

    public static QuotaPackage Grant(Guid tenantId, QuotaProduct product, int quantity, DateTime validFrom, DateTime validTo, string? note)
    {
        var v = new InputValidator().Range("quantity", quantity, 1, QuantityMax).MaxLength("note", note, NoteMax);
        if (validTo <= validFrom)
            v.Fail("validTo", "validTo must be after validFrom.");
        v.ThrowIfInvalid();
        return new QuotaPackage
        {
            TenantId = tenantId,
            Product = product,
            Quantity = quantity,
            ValidFrom = validFrom,
            ValidTo = validTo,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };
    }

    public void Revoke(DateTime now)
    {
        if (RevokedAt is not null)
            throw new DomainException(new InvalidStateError("REVOKED", "The package is revoked already."));
        RevokedAt = now;
    }
}
