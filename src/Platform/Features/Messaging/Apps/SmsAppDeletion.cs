using KooMessage.Platform.Data;
using KooMessage.Platform.Deletion;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>An app goes once no signature is left under it (templates need a signature, tasks a template); its slot is free again.</summary>
public sealed class SmsAppDeletion() : DeletionSubject<SmsApp>(SmsApp.GraphTypeName)
{
    protected override Task RequireDeletableAsync(KooMessageDbContext db, SmsApp row, CancellationToken cancellationToken)
        => RefuseIfUsedAsync(db.Set<SmsSignature>().Where(s => s.AppId == row.Id).OrderBy(s => s.CreatedAt).Select(s => s.Name),
            "NO_SIGNATURES", "signatures", "delete them first.", cancellationToken);
}
