using KooMessage.Platform.Data;
using KooMessage.Platform.Deletion;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>A template goes when DRAFT, REJECTED or INACTIVE and no unfinished task sends it.</summary>
public sealed class SmsTemplateDeletion() : DeletionSubject<SmsTemplate>(SmsTemplate.GraphTypeName)
{
    protected override Task RequireDeletableAsync(KooMessageDbContext db, SmsTemplate row, CancellationToken cancellationToken)
    {
        RequireNotInReviewOrForce(row, EnumNames.Of(row.Status), retired: row.Status == SmsTemplateStatus.Inactive);
        return RefuseIfUsedAsync(SendTaskDeletion.UnfinishedNames(db, t => t.SmsTemplateId == row.Id),
            "NO_UNFINISHED_TASKS", "unfinished send tasks", "cancel them or let them finish first.", cancellationToken);
    }
}
