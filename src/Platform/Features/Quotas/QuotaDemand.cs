namespace KooMessage.Platform.Features.Quotas;

/// <summary>What a task needs of one product: <see cref="Needed"/> units, <see cref="Units"/> per message.</summary>
public sealed record QuotaDemand(QuotaProduct Product, int Units, long Needed);
