using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Quotas;

public sealed record GrantPackageInput
{
    [Id, Description("The tenant that receives the package.")] public required string TenantId { get; init; }

    [Description("What it pays for.")] public required QuotaProduct Product { get; init; }

    [Description("Units, 1–1000000000.")] public required int Quantity { get; init; }

    [Description("Usable from (UTC).")] public required DateTime ValidFrom { get; init; }

    [Description("Usable until (UTC, exclusive); after validFrom.")] public required DateTime ValidTo { get; init; }

    [Description("A note (contract, order number), at most 200 characters.")] public string? Note { get; init; }
}
