using KooMessage.Platform.Data;
using KooMessage.Platform.Deletion;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Features.BasicEdition;

/// <summary>
/// A tenant's video template goes in any state but PENDING (it has no INACTIVE state to retire it to)
/// once no unfinished video task sends it; public templates stay.
/// </summary>
public sealed class VideoTemplateDeletion() : DeletionSubject<VideoTemplate>(VideoTemplate.GraphTypeName)
{
    protected override Task RequireDeletableAsync(KooMessageDbContext db, VideoTemplate row, CancellationToken cancellationToken)
    {
        RequireNotInReviewOrForce(row, EnumNames.Of(row.ReviewStatus), retired: true);
        return RefuseIfUsedAsync(SendTaskDeletion.UnfinishedNames(db, t => t.VideoTemplateId == row.Id),
            "NO_UNFINISHED_TASKS", "unfinished video tasks", "cancel them or let them finish first.", cancellationToken);
    }
}
