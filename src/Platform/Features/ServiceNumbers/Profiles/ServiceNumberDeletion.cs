using KooMessage.Platform.Data;
using KooMessage.Platform.Deletion;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// A service number goes while it was never approved (DRAFT, REJECTED) or once FROZEN, and only
/// when no channel number is bound to it; its name is free again. Its click reports stay.
/// </summary>
public sealed class ServiceNumberDeletion() : DeletionSubject<ServiceNumber>(ServiceNumber.GraphTypeName)
{
    protected override Task RequireDeletableAsync(KooMessageDbContext db, ServiceNumber row, CancellationToken cancellationToken)
    {
        RequireNotInReviewOrForce(row, EnumNames.Of(row.Status), retired: row.Status == ServiceNumberStatus.Frozen);
        var bound = from binding in db.Set<ChannelNumberBinding>()
                    where binding.ServiceNumberId == row.Id
                    join channelNumber in db.Set<ChannelNumber>() on binding.ChannelNumberId equals channelNumber.Id
                    orderby binding.CreatedAt
                    select channelNumber.Number;
        return RefuseIfUsedAsync(bound, "UNBOUND", "bound channel numbers", "unbind them first.", cancellationToken);
    }
}
