using KooMessage.Platform.Data;
using KooMessage.Platform.Deletion;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>A channel number goes in any state but PENDING once it is bound to no service number; its number can be registered again.</summary>
public sealed class ChannelNumberDeletion() : DeletionSubject<ChannelNumber>(ChannelNumber.GraphTypeName)
{
    protected override Task RequireDeletableAsync(KooMessageDbContext db, ChannelNumber row, CancellationToken cancellationToken)
    {
        RequireNotInReviewOrForce(row, EnumNames.Of(row.ReviewStatus), retired: true);
        var boundTo = from binding in db.Set<ChannelNumberBinding>()
                      where binding.ChannelNumberId == row.Id
                      join serviceNumber in db.Set<ServiceNumber>() on binding.ServiceNumberId equals serviceNumber.Id
                      orderby binding.CreatedAt
                      select serviceNumber.Profile.Name;
        return RefuseIfUsedAsync(boundTo, "UNBOUND", "service numbers it is bound to", "unbind it first.", cancellationToken);
    }
}
