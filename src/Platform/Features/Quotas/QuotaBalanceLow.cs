using KooMessage.Platform.Events;

namespace KooMessage.Platform.Features.Quotas;

/// <summary>A reservation left a tenant's balance of one product low (<see cref="QuotaOptions.LowBalancePercent"/>); published on <see cref="Topic"/>.</summary>
public sealed record QuotaBalanceLow(Guid? TenantId, QuotaProduct Product, long Remaining, long Granted) : IPlatformEvent
{
    public const string Topic = "quotas";
}
