using KooMessage.Platform.Data;
using KooMessage.Platform.Deletion;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// A signature goes in any state but PENDING once no template uses it (tasks use it only through a
/// template); its name can then be registered again.
/// </summary>
public sealed class SmsSignatureDeletion() : DeletionSubject<SmsSignature>(SmsSignature.GraphTypeName)
{
    protected override Task RequireDeletableAsync(KooMessageDbContext db, SmsSignature row, CancellationToken cancellationToken)
    {
        RequireNotInReviewOrForce(row, EnumNames.Of(row.ReviewStatus), retired: true);
        return RefuseIfUsedAsync(db.Set<SmsTemplate>().Where(t => t.SignatureId == row.Id).OrderBy(t => t.CreatedAt).Select(t => t.Name),
            "NO_TEMPLATES", "SMS templates", "delete them first.", cancellationToken);
    }
}
