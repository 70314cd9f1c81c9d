using System.ComponentModel;

namespace KooMessage.Platform.Features.Quotas;

[Description("What a usage ledger entry records.")]
public enum QuotaEntryKind
{
    [Description("A platform admin granted the package.")]
    Grant,

    [Description("A platform admin revoked the package: its unreserved remainder (the quantity) can no longer be used.")]
    Revocation,

    [Description("A task reserved units when it was created.")]
    Reservation,

    [Description("Dispatch consumed reserved units: messages the gateway accepted.")]
    Consumption,

    [Description("Units returned: reserved units a task did not use (skipped, refused, cancelled, failed) or consumed units of expired messages.")]
    Refund,
}
