using KooMessage.Platform.Data;
using KooMessage.Platform.Deletion;
using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>A tenant's card goes when DRAFT, REJECTED or disabled and no unfinished task sends it; public cards stay.</summary>
public sealed class SmartTemplateDeletion() : DeletionSubject<SmartTemplate>(SmartTemplate.GraphTypeName)
{
    protected override Task RequireDeletableAsync(KooMessageDbContext db, SmartTemplate row, CancellationToken cancellationToken)
    {
        RequireNotInReviewOrForce(row, row.Enabled ? "ENABLED" : "DISABLED", retired: !row.Enabled);
        return RefuseIfUsedAsync(SendTaskDeletion.UnfinishedNames(db, t => t.SmartTemplateId == row.Id),
            "NO_UNFINISHED_TASKS", "unfinished send tasks", "cancel them or let them finish first.", cancellationToken);
    }
}
