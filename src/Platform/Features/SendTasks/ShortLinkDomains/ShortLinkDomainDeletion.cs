using KooMessage.Platform.Data;
using KooMessage.Platform.Deletion;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// A domain claim goes in any state but PENDING once no unfinished task sends links on it; its name
/// can then be claimed again. Links already sent keep answering: they carry the domain, not the claim.
/// </summary>
public sealed class ShortLinkDomainDeletion() : DeletionSubject<ShortLinkDomain>(ShortLinkDomain.GraphTypeName)
{
    protected override Task RequireDeletableAsync(KooMessageDbContext db, ShortLinkDomain row, CancellationToken cancellationToken)
    {
        RequireNotInReviewOrForce(row, EnumNames.Of(row.ReviewStatus), retired: true);
        return RefuseIfUsedAsync(SendTaskDeletion.UnfinishedNames(db, t => t.Domain == row.Domain),
            "NO_UNFINISHED_TASKS", "unfinished send tasks", "cancel them or let them finish first.", cancellationToken);
    }
}
